package dev.intisari.flink;

import dev.intisari.model.RawArticle;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Keyed by article id: lets the first article with an id through and drops later ones, as the local runner
 * skips a repeated id (a crawler that sends an article twice). The seen flag lives in keyed state with a
 * time to live, so the state holds the ids of the retention period, not of all time.
 */
final class FirstCopyFilter extends KeyedProcessFunction<String, RawArticle, RawArticle> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(FirstCopyFilter.class);
    private final Duration retention;
    private transient ValueState<Boolean> seen;

    FirstCopyFilter(Duration retention) {
        this.retention = retention;
    }

    @Override
    public void open(OpenContext context) {
        ValueStateDescriptor<Boolean> descriptor = new ValueStateDescriptor<>("seen", Types.BOOLEAN);
        descriptor.enableTimeToLive(StateTtlConfig.newBuilder(retention).build());
        seen = getRuntimeContext().getState(descriptor);
    }

    @Override
    public void processElement(RawArticle raw, Context ctx, Collector<RawArticle> out) throws Exception {
        if (seen.value() != null) {
            LOG.warn("{}: duplicate article id '{}'; this copy is skipped", raw.source(), raw.id());
            return;
        }
        seen.update(Boolean.TRUE);
        out.collect(raw);
    }
}
