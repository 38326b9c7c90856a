package org.editio.bench;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import net.sf.saxon.expr.XPathContext;
import net.sf.saxon.expr.instruct.NamedTemplate;
import net.sf.saxon.expr.instruct.TemplateRule;
import net.sf.saxon.expr.instruct.UserFunction;
import net.sf.saxon.lib.TraceListener;
import net.sf.saxon.trace.Traceable;

/**
 * Where a traced stylesheet spends its time, per template and function: Saxon calls {@link #enter} and
 * {@link #leave} around each (the stylesheet compiled with tracing); the time between them is the entry's
 * gross time, less the gross time of the templates and functions it calls its net time. A template that
 * applies itself again (to a child, say) counts its gross time once, at its outermost call. Wall time
 * ({@link System#nanoTime}) of the thread that runs the transformation: meant for one thread at a time (as
 * {@code bench-pages} runs), but safe on several. Records only while {@link #recording} is set.
 */
final class TemplateTimes implements TraceListener {
    /** One template or function: what it is, where it is, and its calls and nanoseconds while recording. */
    record Entry(String what, String where, long calls, long netNanos, long grossNanos) {
    }

    private record Key(String what, String where) {
    }

    private static final class Totals {
        final LongAdder calls = new LongAdder();
        final LongAdder net = new LongAdder();
        final LongAdder gross = new LongAdder();
    }

    /** A call under way: its key, its start, and the gross time of what it called. */
    private static final class Frame {
        final Key key;
        final long start;
        long children;

        Frame(Key key, long start) {
            this.key = key;
            this.start = start;
        }
    }

    /** The longest description kept (a template's pattern may list dozens of names). */
    static final int LONGEST = 100;

    private final Map<Traceable, Key> keys = new ConcurrentHashMap<>();
    private final Map<Key, Totals> totals = new ConcurrentHashMap<>();
    private final ThreadLocal<ArrayDeque<Frame>> frames = ThreadLocal.withInitial(ArrayDeque::new);
    private final ThreadLocal<Map<Key, int[]>> depth = ThreadLocal.withInitial(HashMap::new);
    private volatile boolean recording;

    /** Starts or stops recording (a pass not counted runs with it off). */
    void recording(boolean on) {
        recording = on;
    }

    @Override
    public void enter(Traceable t, Map<String, Object> properties, XPathContext context) {
        Key key = key(t);
        if (key == null) {
            return;
        }
        frames.get().push(new Frame(key, System.nanoTime()));
        depth.get().computeIfAbsent(key, k -> new int[1])[0]++;
    }

    @Override
    public void leave(Traceable t) {
        if (key(t) == null) {
            return;
        }
        long end = System.nanoTime();
        ArrayDeque<Frame> stack = frames.get();
        Frame f = stack.pop();
        long gross = end - f.start;
        Frame caller = stack.peek();
        if (caller != null) {
            caller.children += gross;
        }
        int[] d = depth.get().get(f.key);
        d[0]--;
        if (recording) {
            Totals totalsOf = totals.computeIfAbsent(f.key, k -> new Totals());
            totalsOf.calls.increment();
            totalsOf.net.add(gross - f.children);
            if (d[0] == 0) {
                totalsOf.gross.add(gross);
            }
        }
    }

    /** The entries recorded, most net time first. */
    List<Entry> entries() {
        List<Entry> list = new ArrayList<>();
        totals.forEach((k, v) -> list.add(new Entry(k.what(), k.where(), v.calls.sum(), v.net.sum(), v.gross.sum())));
        list.sort(Comparator.comparingLong(Entry::netNanos).reversed().thenComparing(Entry::where));
        return list;
    }

    /** The key of a template or function; null for anything else Saxon traces (instructions). */
    private Key key(Traceable t) {
        if (!(t instanceof UserFunction || t instanceof TemplateRule || t instanceof NamedTemplate)) {
            return null;
        }
        return keys.computeIfAbsent(t, TemplateTimes::describe);
    }

    private static Key describe(Traceable t) {
        String what;
        if (t instanceof UserFunction f) {
            what = "function " + f.getFunctionName().getDisplayName() + "#" + f.getArity();
        } else if (t instanceof NamedTemplate n) {
            what = "template " + n.getTemplateName().getDisplayName();
        } else {
            TemplateRule r = (TemplateRule) t;
            String mode = r.getMode() == null || r.getMode().isUnnamedMode() ? "" : " mode " + r.getMode().getModeName().getDisplayName();
            what = "match " + r.getMatchPattern().toShortString() + mode;
        }
        // names without their namespaces (Q{uri}local), and a long pattern cut: the place tells which it is
        what = what.replaceAll("Q\\{[^}]*}", "");
        if (what.length() > LONGEST) {
            what = what.substring(0, LONGEST - 1) + "…";
        }
        String system = t.getLocation().getSystemId();
        String file = system == null ? "?" : system.substring(system.lastIndexOf('/') + 1);
        return new Key(what, file + ":" + t.getLocation().getLineNumber());
    }
}
