package org.reclaimtck.tck.arch;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Finds {@code synchronized} blocks in a class file: the methods whose bytecode holds a
 * {@code monitorenter} instruction (JVMS §6.5). ArchUnit's model has {@code synchronized} as a
 * method modifier but does not represent {@code synchronized (x) { ... }} blocks, so
 * {@link ModelCodeRules#noSynchronizedBlocks()} reads the bytecode with this scanner.
 *
 * <p>A small, dependency-free reader: it walks the constant pool to find the {@code Code}
 * attributes and decodes the instruction stream opcode by opcode, so an operand byte that happens
 * to equal {@code 0xc2} is not mistaken for the instruction.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class MonitorEnterScanner {
    private static final int MONITORENTER = 0xc2;

    private MonitorEnterScanner() {
    }

    /**
     * A {@code monitorenter} found in a method.
     *
     * @param method the method's name and descriptor, e.g. {@code add(Ljava/lang/Object;)Z}
     * @param line   the source line of the first {@code monitorenter}, or -1 without line numbers
     */
    public record MonitorEnter(String method, int line) {
        /** The method as Java source names it: {@code add(java.lang.Object)}. */
        public String javaSignature() {
            int close = method.indexOf(')');
            List<String> params = new ArrayList<>();
            int i = method.indexOf('(') + 1;
            while (i < close) {
                int dims = 0;
                while (method.charAt(i) == '[') {
                    dims++;
                    i++;
                }
                String type;
                if (method.charAt(i) == 'L') {
                    int end = method.indexOf(';', i);
                    type = method.substring(i + 1, end).replace('/', '.');
                    i = end + 1;
                } else {
                    type = primitive(method.charAt(i));
                    i++;
                }
                params.add(type + "[]".repeat(dims));
            }
            return method.substring(0, method.indexOf('(')) + "(" + String.join(", ", params) + ")";
        }

        private static String primitive(char c) {
            switch (c) {
                case 'B': return "byte";
                case 'C': return "char";
                case 'D': return "double";
                case 'F': return "float";
                case 'I': return "int";
                case 'J': return "long";
                case 'S': return "short";
                case 'Z': return "boolean";
                default: throw new IllegalArgumentException("bad descriptor type " + c);
            }
        }
    }

    /** Every method of the class file that contains {@code monitorenter}, in file order. */
    public static List<MonitorEnter> find(byte[] classFile) {
        try {
            return scan(new DataInputStream(new ByteArrayInputStream(classFile)));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a readable class file: " + e, e);
        }
    }

    /** As {@link #find(byte[])}, reading the stream to its end. */
    public static List<MonitorEnter> find(InputStream classFile) throws IOException {
        return find(classFile.readAllBytes());
    }

    private static List<MonitorEnter> scan(DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("bad magic");
        }
        in.readUnsignedShort(); // minor
        in.readUnsignedShort(); // major
        int cpCount = in.readUnsignedShort();
        String[] utf8 = new String[cpCount];
        for (int i = 1; i < cpCount; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1: // Utf8
                    utf8[i] = readModifiedUtf8(in);
                    break;
                case 3: // Integer
                case 4: // Float
                case 9: // Fieldref
                case 10: // Methodref
                case 11: // InterfaceMethodref
                case 12: // NameAndType
                case 17: // Dynamic
                case 18: // InvokeDynamic
                    skip(in, 4);
                    break;
                case 5: // Long
                case 6: // Double
                    skip(in, 8);
                    i++; // takes two slots
                    break;
                case 7: // Class
                case 8: // String
                case 16: // MethodType
                case 19: // Module
                case 20: // Package
                    skip(in, 2);
                    break;
                case 15: // MethodHandle
                    skip(in, 3);
                    break;
                default:
                    throw new IOException("unknown constant pool tag " + tag + " at index " + i);
            }
        }
        skip(in, 6); // access_flags, this_class, super_class
        skip(in, 2 * in.readUnsignedShort()); // interfaces
        int fields = in.readUnsignedShort();
        for (int f = 0; f < fields; f++) {
            skip(in, 6);
            skipAttributes(in);
        }
        List<MonitorEnter> found = new ArrayList<>();
        int methods = in.readUnsignedShort();
        for (int m = 0; m < methods; m++) {
            in.readUnsignedShort(); // access_flags
            String name = utf8[in.readUnsignedShort()];
            String descriptor = utf8[in.readUnsignedShort()];
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                String attribute = utf8[in.readUnsignedShort()];
                int length = in.readInt();
                byte[] body = in.readNBytes(length);
                if (body.length != length) {
                    throw new IOException("truncated attribute " + attribute);
                }
                if ("Code".equals(attribute)) {
                    int pc = firstMonitorEnter(body);
                    if (pc >= 0) {
                        found.add(new MonitorEnter(name + descriptor, lineOf(body, pc, utf8)));
                    }
                }
            }
        }
        return found;
    }

    /** The pc of the first {@code monitorenter} in a {@code Code} attribute (JVMS §4.7.3, §6.5), or -1. */
    private static int firstMonitorEnter(byte[] attribute) {
        int codeLength = readInt(attribute, 4);
        int start = 8;
        int pc = 0;
        while (pc < codeLength) {
            int op = attribute[start + pc] & 0xff;
            if (op == MONITORENTER) {
                return pc;
            }
            pc += instructionLength(attribute, start, pc, op);
        }
        return -1;
    }

    /** The source line of {@code pc} from the Code attribute's {@code LineNumberTable} (JVMS §4.7.12), or -1. */
    private static int lineOf(byte[] attribute, int pc, String[] utf8) {
        int i = 8 + readInt(attribute, 4);
        i += 2 + 8 * readShort(attribute, i); // exception table
        int attributes = readShort(attribute, i);
        i += 2;
        int line = -1;
        int bestStart = -1;
        for (int a = 0; a < attributes; a++) {
            String name = utf8[readShort(attribute, i)];
            int length = readInt(attribute, i + 2);
            if ("LineNumberTable".equals(name)) {
                int entries = readShort(attribute, i + 6);
                for (int e = 0; e < entries; e++) {
                    int startPc = readShort(attribute, i + 8 + 4 * e);
                    if (startPc <= pc && startPc > bestStart) {
                        bestStart = startPc;
                        line = readShort(attribute, i + 10 + 4 * e);
                    }
                }
            }
            i += 6 + length;
        }
        return line;
    }

    private static int instructionLength(byte[] b, int start, int pc, int op) {
        switch (op) {
            case 0x10: // bipush
            case 0x12: // ldc
            case 0xa9: // ret
            case 0xbc: // newarray
                return 2;
            case 0x11: // sipush
            case 0x13: // ldc_w
            case 0x14: // ldc2_w
            case 0x84: // iinc
            case 0xb2: case 0xb3: case 0xb4: case 0xb5: // get/put static/field
            case 0xb6: case 0xb7: case 0xb8: // invokevirtual, invokespecial, invokestatic
            case 0xbb: // new
            case 0xbd: // anewarray
            case 0xc0: // checkcast
            case 0xc1: // instanceof
            case 0xc6: case 0xc7: // ifnull, ifnonnull
                return 3;
            case 0xc5: // multianewarray
                return 4;
            case 0xb9: // invokeinterface
            case 0xba: // invokedynamic
            case 0xc8: case 0xc9: // goto_w, jsr_w
                return 5;
            case 0xc4: // wide
                return (b[start + pc + 1] & 0xff) == 0x84 ? 6 : 4;
            case 0xaa: { // tableswitch
                int p = pc + 1 + pad(pc);
                int low = readInt(b, start + p + 4);
                int high = readInt(b, start + p + 8);
                return p + 12 + 4 * (high - low + 1) - pc;
            }
            case 0xab: { // lookupswitch
                int p = pc + 1 + pad(pc);
                int pairs = readInt(b, start + p + 4);
                return p + 8 + 8 * pairs - pc;
            }
            default:
                if (op >= 0x15 && op <= 0x19 || op >= 0x36 && op <= 0x3a) { // xload, xstore with index
                    return 2;
                }
                if (op >= 0x99 && op <= 0xa8) { // if<cond>, if_<x>cmp<cond>, goto, jsr
                    return 3;
                }
                if (op > 0xc9) {
                    throw new IllegalArgumentException("unknown opcode 0x" + Integer.toHexString(op) + " at pc " + pc);
                }
                return 1;
        }
    }

    /** Padding after a switch opcode so its operands start at a multiple of 4 from the code's start. */
    private static int pad(int pc) {
        return (4 - ((pc + 1) & 3)) & 3;
    }

    private static int readShort(byte[] b, int i) {
        return ((b[i] & 0xff) << 8) | (b[i + 1] & 0xff);
    }

    private static int readInt(byte[] b, int i) {
        return ((b[i] & 0xff) << 24) | ((b[i + 1] & 0xff) << 16) | ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff);
    }

    private static String readModifiedUtf8(DataInputStream in) throws IOException {
        // DataInputStream.readUTF reads exactly the class file's modified UTF-8 (u2 length, then bytes).
        return in.readUTF();
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
            in.readUnsignedShort();
            skip(in, in.readInt());
        }
    }

    private static void skip(DataInputStream in, int n) throws IOException {
        in.skipNBytes(n);
    }
}
