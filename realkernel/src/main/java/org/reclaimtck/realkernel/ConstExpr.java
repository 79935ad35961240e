package org.reclaimtck.realkernel;

/**
 * Evaluates the C constant expressions of an event format file's {@code print fmt} (the values of a
 * {@code __print_flags} table as the kernel's {@code include/trace/events/mmflags.h} expands them, e.g.
 * {@code ( unsigned long)((( gfp_t)(0x400u|0x800u)) | (( gfp_t)0x40u))}): integer literals with {@code u}/{@code l}
 * suffixes, casts, parentheses, {@code ~ | & ^ << >> + -}. An identifier (an enum the format did not expand) is an
 * error.
 */
final class ConstExpr {
    private final String s;
    private int i;

    private ConstExpr(String s) {
        this.s = s;
    }

    static long eval(String expr) {
        ConstExpr e = new ConstExpr(expr);
        long v = e.or();
        e.ws();
        if (e.i != e.s.length()) {
            throw new IllegalArgumentException("unexpected '" + e.s.substring(e.i) + "' in constant expression: " + expr);
        }
        return v;
    }

    private long or() {
        long v = xor();
        while (peek('|')) {
            i++;
            v |= xor();
        }
        return v;
    }

    private long xor() {
        long v = and();
        while (peek('^')) {
            i++;
            v ^= and();
        }
        return v;
    }

    private long and() {
        long v = shift();
        while (peek('&')) {
            i++;
            v &= shift();
        }
        return v;
    }

    private long shift() {
        long v = add();
        while (true) {
            if (peekStr("<<")) {
                i += 2;
                v <<= add();
            } else if (peekStr(">>")) {
                i += 2;
                v >>>= add();
            } else {
                return v;
            }
        }
    }

    private long add() {
        long v = unary();
        while (true) {
            if (peek('+')) {
                i++;
                v += unary();
            } else if (peek('-')) {
                i++;
                v -= unary();
            } else {
                return v;
            }
        }
    }

    private long unary() {
        if (peek('~')) {
            i++;
            return ~unary();
        }
        if (peek('-')) {
            i++;
            return -unary();
        }
        if (peek('(')) {
            int save = i;
            i++;
            ws();
            if (Character.isLetter(s.charAt(i)) || s.charAt(i) == '_') {
                // a cast: ( gfp_t) or ( unsigned long); skip the type name
                int close = s.indexOf(')', i);
                String type = s.substring(i, close);
                if (type.matches("[\\w\\s*]+")) {
                    i = close + 1;
                    return unary();
                }
            }
            i = save + 1;
            long v = or();
            expect(')');
            return v;
        }
        return number();
    }

    private long number() {
        ws();
        int start = i;
        if (s.startsWith("0x", i) || s.startsWith("0X", i)) {
            i += 2;
            while (i < s.length() && Character.digit(s.charAt(i), 16) >= 0) {
                i++;
            }
            long v = Long.parseUnsignedLong(s.substring(start + 2, i), 16);
            suffix();
            return v;
        }
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (start == i) {
            throw new IllegalArgumentException("expected a number at '" + s.substring(start) + "' in: " + s);
        }
        long v = Long.parseLong(s.substring(start, i));
        suffix();
        return v;
    }

    private void suffix() {
        while (i < s.length() && "uUlL".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw new IllegalArgumentException("expected '" + c + "' at " + i + " in: " + s);
        }
        i++;
    }

    private boolean peek(char c) {
        ws();
        return i < s.length() && s.charAt(i) == c && !(c == '|' && s.startsWith("||", i)) && !(c == '&' && s.startsWith("&&", i));
    }

    private boolean peekStr(String t) {
        ws();
        return s.startsWith(t, i);
    }

    private void ws() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }
}
