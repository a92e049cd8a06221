package dev.intisari.flink;

import dev.intisari.core.cluster.ClusterStep;
import dev.intisari.core.cluster.OnlineStoryClusterer;
import dev.intisari.core.dedupe.DuplicateMatch;
import dev.intisari.core.dedupe.MinHashDuplicateDetector;
import dev.intisari.core.pipeline.Pipeline;
import dev.intisari.flink.serial.SerialType;
import dev.intisari.model.Article;
import dev.intisari.model.StoryGroup;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.TimeDomain;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The corpus stages of {@link Pipeline}, article by article, in publication order: entity linking
 * ({@link Pipeline#link}) against the most recent articles, near-duplicate detection
 * ({@link MinHashDuplicateDetector#add}) and story clustering ({@link OnlineStoryClusterer#add}), each on its
 * explicit state, kept in Flink keyed state and checkpointed. Keyed by the grouping scope (one scope: all
 * articles are grouped together, as the local runner does).
 * <p>
 * Articles arrive out of publication order; they wait in state until the watermark passes their publication
 * time (or the stream has been quiet for the idle-flush time) and are then grouped in the local runner's order
 * (publication instant, then id). An article later than that is grouped on arrival.
 * <p>
 * Main output: each story whose membership changed, with its articles, to be explained again; side output
 * {@link #ARTICLES}: each grouped article (and each article a merge moved) for the index.
 */
final class StoryGrouping extends KeyedProcessFunction<String, Article, StoryChange> {
    private static final long serialVersionUID = 1L;
    static final OutputTag<ArticleDoc> ARTICLES = new OutputTag<>("articles", SerialType.json(ArticleDoc.class));

    private final JobConfig config;
    private transient Pipeline pipeline;
    private transient MinHashDuplicateDetector detector;
    private transient OnlineStoryClusterer clusterer;
    private transient ValueState<GroupingState> state;
    private transient MapState<String, ArticleDoc> articles;
    private transient MapState<Long, List<Article>> pending;
    private transient ValueState<Long> lastArrival;

    StoryGrouping(JobConfig config) {
        this.config = config;
    }

    @Override
    public void open(OpenContext context) {
        pipeline = Stages.standard();
        if (!(pipeline.duplicateDetector() instanceof MinHashDuplicateDetector d)
                || !(pipeline.storyClusterer() instanceof OnlineStoryClusterer c)) {
            throw new IllegalStateException("streaming needs the incremental detector and clusterer");
        }
        detector = d;
        clusterer = c;
        state = getRuntimeContext().getState(new ValueStateDescriptor<>("grouping",
                SerialType.java(GroupingState.class)));
        articles = getRuntimeContext().getMapState(new MapStateDescriptor<>("articles", Types.STRING,
                SerialType.json(ArticleDoc.class)));
        pending = getRuntimeContext().getMapState(new MapStateDescriptor<>("pending", Types.LONG,
                Types.LIST(SerialType.json(Article.class))));
        lastArrival = getRuntimeContext().getState(new ValueStateDescriptor<>("last-arrival", Types.LONG));
    }

    @Override
    public void processElement(Article article, Context ctx, Collector<StoryChange> out) throws Exception {
        long when = ctx.timestamp() == null ? Long.MIN_VALUE : ctx.timestamp();
        long now = ctx.timerService().currentProcessingTime();
        lastArrival.update(now);
        if (when <= ctx.timerService().currentWatermark()) {
            group(List.of(article), when, ctx, out);
            return;
        }
        List<Article> waiting = pending.get(when);
        List<Article> more = waiting == null ? new ArrayList<>() : new ArrayList<>(waiting);
        more.add(article);
        pending.put(when, more);
        ctx.timerService().registerEventTimeTimer(when);
        // rounded up to the second, so that a busy stream keeps one idle timer per second, not one per article
        long idle = now + config.idleFlush().toMillis();
        ctx.timerService().registerProcessingTimeTimer(idle - Math.floorMod(idle, 1000) + 1000);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<StoryChange> out) throws Exception {
        if (ctx.timeDomain() == TimeDomain.EVENT_TIME) {
            List<Article> due = pending.get(timestamp);
            if (due != null) {
                pending.remove(timestamp);
                group(due, timestamp, ctx, out);
            }
            return;
        }
        Long last = lastArrival.value();
        if (last == null || timestamp < last + config.idleFlush().toMillis()) {
            return;
        }
        TreeSet<Long> times = new TreeSet<>();
        pending.keys().forEach(times::add);
        for (long t : times) {
            List<Article> due = pending.get(t);
            pending.remove(t);
            ctx.timerService().deleteEventTimeTimer(t);
            group(due, t, ctx, out);
        }
    }

    private void group(List<Article> due, long when, Context ctx, Collector<StoryChange> out) throws Exception {
        GroupingState s = state.value();
        if (s == null) {
            s = new GroupingState(detector.newState(), clusterer.newState());
        }
        for (Article article : Pipeline.inPublicationOrder(due)) {
            step(s, article, when, ctx, out);
        }
        if (config.retention() != null && when != Long.MIN_VALUE) {
            for (String gone : s.forget(when - config.retention().toMillis())) {
                articles.remove(gone);
            }
        }
        state.update(s);
    }

    /** One article through link, dedupe and clustering, in the order of {@link Pipeline#group}. */
    private void step(GroupingState s, Article article, long when, Context ctx, Collector<StoryChange> out)
            throws Exception {
        Article linked = link(s, article);
        DuplicateMatch copy = detector.add(s.copies, detector.input(linked));
        String copyOf = copy.isCopy() ? copy.first() : null;
        String original = copyOf == null ? null : s.storyOf.get(copyOf);
        ClusterStep step = clusterer.add(s.clusters, clusterer.input(linked, copyOf));
        String story = original != null && s.clusters.storyOf(copyOf) == null ? original : step.story();
        Set<String> changed = new LinkedHashSet<>();
        List<String> moved = new ArrayList<>();
        for (String gone : step.absorbed()) {
            moved.addAll(s.merge(gone, step.story(), when));
            out.collect(StoryChange.merged(gone, step.story()));
            changed.add(step.story());
        }
        s.join(linked.id(), story, when);
        changed.add(story);
        ArticleDoc doc = new ArticleDoc(linked, story, copyOf, copy.similarity());
        articles.put(linked.id(), doc);
        ctx.output(ARTICLES, doc);
        for (String id : moved) {
            ArticleDoc was = articles.get(id);
            if (was != null) {
                ArticleDoc now = new ArticleDoc(was.article(), step.story(), was.duplicateOf(), was.similarity());
                articles.put(id, now);
                ctx.output(ARTICLES, now);
            }
        }
        for (String id : changed) {
            GroupingState.Book book = s.stories.get(id);
            List<Article> members = new ArrayList<>(book.members.size());
            List<String> present = new ArrayList<>(book.members.size());
            for (String m : book.members) {
                ArticleDoc d = articles.get(m);
                if (d != null) {
                    members.add(d.article());
                    present.add(m);
                }
            }
            out.collect(StoryChange.members(new StoryGroup(id, present, List.copyOf(book.aliases)), members));
        }
    }

    /**
     * The article with its entity names linked against the most recent articles (the local runner links over
     * the whole run, which a stream cannot see ahead of time).
     */
    private Article link(GroupingState s, Article article) throws Exception {
        List<Article> window = new ArrayList<>(s.recent.size() + 1);
        for (String id : s.recent) {
            ArticleDoc d = articles.get(id);
            if (d != null) {
                window.add(d.article());
            }
        }
        window.add(article);
        List<Article> linked = pipeline.link(window);
        s.recent.addLast(article.id());
        while (s.recent.size() > config.linkWindow()) {
            s.recent.removeFirst();
        }
        return linked.get(linked.size() - 1);
    }
}
