package io.policygraph;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the heap that start-up grew back to the system. Without {@code -Xmx} the JVM may grow the heap to a
 * quarter of the machine's memory, and the first start (Spring, Neo4j, HanLP's dictionaries, the corpus ingest)
 * allocates enough to grow it to several hundred MB that the service then no longer needs. Once the context is
 * built (before the first-start ingest) and again once ready, this collects with a low share of free heap to
 * keep (the manageable flags {@code MinHeapFreeRatio} and {@code MaxHeapFreeRatio}, which G1 applies when it
 * sizes the heap after a full collection), then restores the JVM's ratios so that a bulk ingest grows the heap
 * as before, and asks G1 to collect when idle ({@code G1PeriodicGCInterval}) so that an ingest's garbage does
 * not stay resident for long. Flags given on the command line are left as they are;
 * {@code policygraph.memory.return-free-heap=false} turns this off. A hard bound on the heap is still
 * {@code -Xmx} (see the README).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FreeHeapReturn implements ApplicationRunner, ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(FreeHeapReturn.class);

    private final PolicyGraphProperties.Memory settings;

    FreeHeapReturn(PolicyGraphProperties properties) {
        this.settings = properties.memory();
    }

    /** Before the runners (the search index's catch-up, the first-start ingest): what building the context left. */
    @Override
    public void run(ApplicationArguments args) {
        returnFreeHeap();
    }

    /** Once ready: what the runners left. */
    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        returnFreeHeap();
    }

    private void returnFreeHeap() {
        if (!settings.returnFreeHeap()) {
            return;
        }
        var vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        try {
            if (isDefault(vm, "G1PeriodicGCInterval") && !settings.idleCollection().isZero()) {
                vm.setVMOption("G1PeriodicGCInterval", Long.toString(settings.idleCollection().toMillis()));
            }
            if (isDefault(vm, "MaxHeapFreeRatio") && isDefault(vm, "MinHeapFreeRatio")) {
                collectKeeping(vm, settings.maxFreeHeapPercent());
            } else {
                System.gc();
            }
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            log.debug("cannot set the heap's free ratios: {}", e.getMessage());
        }
    }

    /**
     * One full collection that shrinks the heap to keep at most {@code maxFree} percent free, then the JVM's
     * own ratios again, so that a bulk ingest later grows the heap as it would without this.
     */
    private static void collectKeeping(HotSpotDiagnosticMXBean vm, int maxFree) {
        String min = vm.getVMOption("MinHeapFreeRatio").getValue();
        String max = vm.getVMOption("MaxHeapFreeRatio").getValue();
        // MinHeapFreeRatio <= MaxHeapFreeRatio at every step.
        vm.setVMOption("MinHeapFreeRatio", Integer.toString(Math.min(10, maxFree)));
        vm.setVMOption("MaxHeapFreeRatio", Integer.toString(maxFree));
        try {
            System.gc();
        } finally {
            vm.setVMOption("MaxHeapFreeRatio", max);
            vm.setVMOption("MinHeapFreeRatio", min);
        }
    }

    private static boolean isDefault(HotSpotDiagnosticMXBean vm, String flag) {
        try {
            return vm.getVMOption(flag).getOrigin() == VMOption.Origin.DEFAULT;
        } catch (IllegalArgumentException e) {
            return false;   // no such flag in this JVM
        }
    }
}
