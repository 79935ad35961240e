package org.reclaimtck.tck.engine.internal.descriptor;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;
import org.reclaimtck.spi.kernel.KernelProvider;
import org.reclaimtck.spi.kernel.Variant;
import org.reclaimtck.tck.engine.internal.config.Configuration;
import org.reclaimtck.tck.engine.internal.execution.TckExecutionContext;
import org.reclaimtck.tck.report.VariantTable;

/**
 * Stands in for the cases under {@code reclaimtck.list=variants}: prints the provider's parts and variants as a
 * table and publishes each as a report entry; no case runs. (A launcher skips an engine without tests, so the
 * listing is a test of its own.)
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ListingDescriptor extends AbstractTestDescriptor implements Node<TckExecutionContext> {
    public ListingDescriptor(UniqueId engine) {
        super(engine.append("list", Configuration.LIST_VARIANTS), "list variants");
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public TckExecutionContext execute(TckExecutionContext context, DynamicTestExecutor executor) {
        KernelProvider provider = context.provider().provider();
        context.console().out(VariantTable.render(context.provider().label(), provider.variants()));
        for (Variant v : provider.variants()) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("reclaimtck.part", v.part());
            entry.put("reclaimtck.variant", v.name());
            entry.put("reclaimtck.default", String.valueOf(v.isDefault()));
            if (!v.description().isBlank()) {
                entry.put("reclaimtck.description", v.description());
            }
            context.publish(this, entry);
        }
        return context;
    }
}
