package dev.intisari.core.clean;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * Main-content extraction from a parsed page, in one linear pass plus prefix sums.
 *
 * <p>The pass cuts the body into text blocks in document order (a block is the text of one block-level
 * element up to its nested blocks; {@code <br>} splits lines) and notes, for every block-level element, the
 * range of blocks it holds. Each block gets a value: its non-link text counts for a container, link-heavy
 * and very short text and anything inside a boilerplate-hinted element (class or id such as share, related,
 * comment, sidebar; aside, footer, figure) counts against it. The chosen container is the element whose
 * blocks sum to the highest value (a maximum over a tree, read in O(1) per element from prefix sums), with a
 * small bonus for content hints (article, entry-content, main). Lists and tables are scored as units: an
 * ingredient list of short items is text, a menu of links is not. Inside the container, hinted sub-trees and
 * link lists are dropped (with their labels), and so are captions set under a picture without caption markup,
 * the text of a picture's box, and a closing press-contact or comment section ({@link ClosingSection}). The lead between the page's {@code h1} and the container (a
 * standfirst in the article header, a teaser paragraph in a sibling box) is read too. A hinted element that
 * holds half the page's text is not trusted as boilerplate.
 *
 * <p>Over 600 lines on purpose: the walk, the scoring and the extent rules (lead, widening, dropped lists) read
 * the same per-block arrays in one pass; split apart they would pass a dozen parallel arrays between classes.
 */
final class ContainerScoringExtractor {
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body",
            "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
            "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu",
            "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "td", "th", "tr",
            "ul", "caption", "legend");
    /** Lists and tables: their items are scored as one unit (an ingredient list is text, item by item short). */
    private static final Set<String> UNIT_TAGS = Set.of("ul", "ol", "dl", "table");
    private static final double TRUSTED_SHARE = 0.5;
    /**
     * Most share of link text in a list or table read as one unit: a menu is nearly all links; an ingredient
     * list that links a product or two is not.
     */
    private static final double UNIT_LINKS = 0.5;
    private static final int LONG_BLOCK = 50;
    private static final int SHORT_BLOCK = 25;
    private static final double LINK_HEAVY = 0.5;
    private static final double HINT_BONUS = 0.1;
    /** Text this many levels below a container counts fully; deeper text counts less by DECAY per level. */
    private static final int NEAR = 2;
    private static final double DECAY = 0.75;
    private static final int MAX_WIDEN = 2;
    /** Very short blocks (dates, labels, buttons) count against a container by this share of their length. */
    private static final double SHORT_WEIGHT = 0.25;
    /** Noise that extraction drops inside the container anyway (link lists, hinted boxes) weighs less. */
    private static final double DROPPED_WEIGHT = 0.3;
    private static final int TEASER_BLOCKS = 4;
    /** Most clean blocks read back from the container to the page's title for a lead. */
    private static final int LEAD_SCAN = 20;
    /** Longest line read as the label of a dropped list. */
    private static final int LABEL_CHARS = 60;
    private static final int TEASER_CHARS = 600;
    /** Shortest title (letters and digits) matched against headings; and how much longer a heading may be. */
    private static final int MIN_TITLE_KEY = 12;
    private static final int TITLE_SLACK = 20;
    /** Shortest link text read as a teaser card's headline (tuned on the trafilatura development half: 15 -> 12). */
    private static final int TEASER_HEADLINE = 12;
    private static final double WIDEN_GAIN = 0.2;
    private static final double WIDEN_NOISE = 0.25;
    private static final double WIDEN_CLEAN = 0.05;
    /** A clean addition smaller than this share of the container (a lead, an intro) is always taken. */
    private static final double WIDEN_LEAD = 0.5;
    /**
     * How many ancestors above a refused parent widening still looks at: the first of them whose addition
     * passes the gain test is taken (a box of pictures or a date line between the text and its other part
     * refuses the step to the parent alone). 1 to 10 tried on the trafilatura development half; 4 best.
     */
    private static final int WIDEN_LOOKAHEAD = 4;

    /**
     * A sibling of the container joins it with this share of the container's clean text (readability's 0.2;
     * the trafilatura development half agreed: 0.1 to 0.3 tried), at least SIBLING_MIN characters of it, and
     * noise at most SIBLING_NOISE of it (0.1 to 1.0 tried).
     */
    private static final double SIBLING_SHARE = 0.2;
    private static final double SIBLING_MIN = 100;
    private static final double SIBLING_NOISE = 0.5;

    private static final int JUNK = 1;
    private static final int BLOCK = 2;
    private static final int SOFT = 4;
    private static final int PAGE = 8;
    private static final int HEADING = 16;
    private static final int TITLE = 32;
    private static final int UNIT = 64;
    private static final int LINK = 128;
    private static final int ARTICLE = 256;
    private static final int PRE = 512;
    private static final int BREAK = 1024;
    private static final int ROW = 2048;
    private static final int IMAGE = 4096;
    private static final int ITEM = 8192;
    /** Tags the metadata reads in the body (JSON-LD scripts, times): handed to its scan wherever they are. */
    private static final int SCANNED = 16384;
    /**
     * Longest text read as an image's caption: the text right after a picture in the same block, all of it set in
     * a caption-like inline element (a span or an emphasis under the picture), outside list items and table
     * cells. Bare text after an image is a paragraph that opens with a picture; an SVG is an icon.
     */
    private static final int CAPTION_CHARS = 250;
    /**
     * Most text of a picture's box: an element whose first content is a picture (no text before it) and that
     * holds no heading and no bare text beside the picture; its text, in nested boxes (a caption, then a photo
     * credit), is the caption. 250, 400 and 600 tried on the trafilatura development half; 400 best.
     */
    private static final int PICTURE_BOX_CHARS = 400;
    private static final Set<String> CAPTION_WRAPPERS = Set.of("span", "em", "i", "small", "sub", "sup", "font", "cite");

    private final HtmlHints hints;
    private final ClosingSection closing = new ClosingSection();
    /**
     * What each tag name is, as bits: one look-up per element instead of a set look-up per question. The names
     * are interned, as jsoup's names of known tags are: most look-ups end at an identity comparison.
     */
    private final NameTable tagKinds;

    ContainerScoringExtractor(HtmlHints hints) {
        this.hints = hints;
        Map<String, Integer> kinds = new HashMap<>();
        addKind(kinds, hints.junkTags(), JUNK);
        addKind(kinds, BLOCK_TAGS, BLOCK);
        addKind(kinds, hints.softTags(), SOFT);
        addKind(kinds, hints.pageTags(), PAGE);
        addKind(kinds, hints.headingTags(), HEADING);
        addKind(kinds, hints.titleTags(), TITLE);
        addKind(kinds, UNIT_TAGS, UNIT);
        addKind(kinds, Set.of("a"), LINK);
        addKind(kinds, Set.of("article", "main"), ARTICLE);
        addKind(kinds, Set.of("pre"), PRE);
        addKind(kinds, Set.of("br"), BREAK);
        addKind(kinds, Set.of("tr"), ROW);
        addKind(kinds, Set.of("img"), IMAGE);
        addKind(kinds, Set.of("li", "dt", "dd", "td", "th"), ITEM);
        addKind(kinds, Set.of("script", "time"), SCANNED);
        this.tagKinds = new NameTable(kinds.size());
        kinds.forEach((tag, bits) -> tagKinds.put(tag.intern(), bits));
    }

    private static void addKind(Map<String, Integer> kinds, Set<String> tags, int bit) {
        for (String tag : tags) {
            kinds.merge(tag, bit, (a, b) -> a | b);
        }
    }

    /** A block of text in document order. */
    record Block(String text, int linkChars, boolean heading, boolean title, int[] ancestors, boolean dropped) {
        Block(String text, int linkChars, boolean heading, boolean title) {
            this(text, linkChars, heading, title, new int[0], false);
        }

        /** This block as one dropped inside the container (a hinted box, a link line): read only for removals. */
        Block asDropped() {
            return new Block(text, linkChars, heading, title, ancestors, true);
        }
    }

    /**
     * A block-level element with the range of blocks it holds, and whether its class, id or tag warn; {@code
     * pageOnly}: negative only as a page-level tag ({@code header}), which it is not when it holds the title.
     */
    private record Region(int id, int parent, int depth, int first, int last, boolean negative, boolean positive,
            boolean unit, boolean row, boolean pageOnly) {
    }

    /** The extracted blocks and the first h1 text (a title candidate), or an empty list when nothing fits. */
    record Extraction(List<Block> blocks, String heading1, int containerChars) {
    }

    /**
     * Walks a page's body once, for {@link #extract} and {@link #allBlocks}; every element the walk reads, and
     * every sub-tree it skips, goes to {@code scan} as well, so the metadata needs no traversal of its own.
     */
    Walk walk(Element body, MetadataScan scan) {
        Walk walk = new Walk(scan);
        NodeTraversor.filter(walk, body);
        return walk;
    }

    /** The main content of a walked page whose title (from the metadata) is {@code pageTitle}, or null. */
    Extraction extract(Walk walk, String pageTitle) {
        String titleKey = pageTitle == null ? "" : key(pageTitle);
        List<Block> blocks = withTitles(walk.blocks, walk.headings, titleKey);
        List<Region> regions = blocks == walk.blocks ? walk.regions : withTitles(walk.regions, blocks);
        int n = blocks.size();
        if (n == 0) {
            return new Extraction(List.of(), walk.heading1, 0);
        }
        long total = 0;
        for (Block b : blocks) {
            total += b.text.length();
        }
        long[] chars = new long[n + 1];
        for (int i = 0; i < n; i++) {
            chars[i + 1] = chars[i] + blocks.get(i).text.length();
        }
        int[] negCover = new int[n + 1];
        List<Region> trusted = new ArrayList<>();
        for (Region r : regions) {
            if (r.negative && r.last >= r.first && chars[r.last + 1] - chars[r.first] < TRUSTED_SHARE * total) {
                negCover[r.first]++;
                negCover[r.last + 1]--;
                trusted.add(r);
            }
        }
        int[] teaser = new int[n + 1];
        for (Region r : regions) {
            if (isTeaser(r, blocks, chars)) {
                teaser[r.first]++;
                teaser[r.last + 1]--;
            }
        }
        boolean[] inTeaser = new boolean[n];
        for (int i = 0, t = 0; i < n; i++) {
            t += teaser[i];
            inTeaser[i] = t > 0;
        }
        boolean[] inUnit = unitBlocks(regions, blocks, chars);
        double[] good = new double[n + 1];
        double[] bad = new double[n + 1];
        boolean[] noise = new boolean[n];
        BitSet captions = walk.captions;
        BitSet boxCaptions = walk.boxCaptions;
        int cover = 0;
        for (int i = 0; i < n; i++) {
            cover += negCover[i];
            Block b = blocks.get(i);
            int len = b.text.length();
            double g = 0;
            double x = 0;
            if (b.title) {
                x = 0;
            } else if (cover > 0 || inTeaser[i] || captions.get(i) || boxCaptions.get(i) || len > 0 && b.linkChars > LINK_HEAVY * len) {
                x = DROPPED_WEIGHT * len;
                noise[i] = true;
            } else if (b.heading) {
                g = 0;
            } else if (len >= LONG_BLOCK || inUnit[i]) {
                g = len - b.linkChars;
                x = b.linkChars;
            } else if (len >= SHORT_BLOCK) {
                g = 0.5 * (len - b.linkChars);
                x = b.linkChars;
            } else {
                x = SHORT_WEIGHT * len;
            }
            good[i + 1] = good[i] + g;
            bad[i + 1] = bad[i] + x;
        }
        double[] score = new double[walk.nextId];
        double[] gained = new double[walk.nextId];
        for (int i = 0; i < n; i++) {
            double g = good[i + 1] - good[i];
            double x = bad[i + 1] - bad[i];
            int[] up = blocks.get(i).ancestors;
            double weight = 1;
            for (int k = up.length - 1, d = 0; k >= 0; k--, d++) {
                if (d > NEAR) {
                    weight *= DECAY;
                }
                score[up[k]] += g * weight - x;
                gained[up[k]] += g * weight;
            }
        }
        Region best = null;
        double bestScore = 0;
        for (Region r : regions) {
            if (r.last < r.first) {
                continue;
            }
            double value = score[r.id] + (r.positive ? HINT_BONUS * gained[r.id] : 0);
            if (value > bestScore) {
                bestScore = value;
                best = r;
            }
        }
        if (best == null) {
            return new Extraction(List.of(), walk.heading1, 0);
        }
        best = widen(best, regions, walk.nextId, good, bad);
        List<Region> parts = new ArrayList<>();
        parts.add(best);
        parts.addAll(siblings(best, regions, good, bad));
        boolean[] inPart = new boolean[n];
        int end = best.last;
        for (Region part : parts) {
            for (int i = part.first; i <= part.last; i++) {
                inPart[i] = true;
            }
            end = Math.max(end, part.last);
        }
        int[] inner = new int[n + 1];
        for (Region r : trusted) {
            for (Region part : parts) {
                if (r.depth > part.depth && r.first >= part.first && r.last <= part.last) {
                    inner[r.first]++;
                    inner[r.last + 1]--;
                    break;
                }
            }
        }
        List<Block> kept = new ArrayList<>();
        int skip = 0;
        int keptChars = 0;
        int lead = leadStart(best.first, blocks, noise);
        for (int i = 0; i <= end; i++) {
            skip += inner[i];
            Block b = blocks.get(i);
            if (b.title || captions.get(i) || inTeaser[i] && i < best.first && !inPart[i] || i > best.last && !inPart[i]) {
                continue;
            }
            if (i < best.first && !inPart[i]) {
                if (i >= lead && !noise[i] && (!b.heading || b.text.length() >= LONG_BLOCK) && leadLike(b.text)) {
                    kept.add(standfirst(b));
                    keptChars += b.text.length();
                }
                continue;
            }
            int len = b.text.length();
            // a linked item of a list or table that reads as text (a product in an ingredient list) stays
            if (skip > 0 || inTeaser[i] || boxCaptions.get(i) || len > 0 && b.linkChars > LINK_HEAVY * len && !inUnit[i]) {
                kept.add(b.asDropped());
                continue;
            }
            kept.add(keptChars == 0 && b.heading && len >= LONG_BLOCK && leadLike(b.text) ? standfirst(b) : b);
            keptChars += len;
        }
        keptChars -= dropListLabels(kept);
        int close = closing.start(kept);
        for (int i = close; i >= 0 && i < kept.size(); i++) {
            Block b = kept.get(i);
            if (!b.dropped) {
                kept.set(i, b.asDropped());
                keptChars -= b.text.length();
            }
        }
        return new Extraction(kept, walk.heading1, keptChars);
    }

    /**
     * The walk's blocks with the headings that repeat the page's title ({@link #repeatsTitle}) read as titles, or
     * the same list when none does. The walk reads only the title tag ({@code h1}) as a title: the page's title
     * comes from the metadata, which is read from the same walk.
     */
    private static List<Block> withTitles(List<Block> blocks, BitSet headings, String titleKey) {
        List<Block> out = blocks;
        for (int i = headings.nextSetBit(0); i >= 0; i = headings.nextSetBit(i + 1)) {
            Block b = blocks.get(i);
            if (repeatsTitle(b.text, titleKey)) {
                if (out == blocks) {
                    out = new ArrayList<>(blocks);
                }
                out.set(i, new Block(b.text, b.linkChars, false, true, b.ancestors, false));
            }
        }
        return out;
    }

    /** The regions with a page-level tag that holds one of {@code blocks}' titles no longer negative. */
    private static List<Region> withTitles(List<Region> regions, List<Block> blocks) {
        int[] titlesBefore = new int[blocks.size() + 1];
        for (int i = 0; i < blocks.size(); i++) {
            titlesBefore[i + 1] = titlesBefore[i] + (blocks.get(i).title ? 1 : 0);
        }
        List<Region> out = new ArrayList<>(regions.size());
        for (Region r : regions) {
            boolean holdsTitle = r.last >= r.first && titlesBefore[r.last + 1] > titlesBefore[r.first];
            out.add(r.negative && r.pageOnly && holdsTitle ? new Region(r.id, r.parent, r.depth, r.first, r.last, false,
                    r.positive, r.unit, r.row, true) : r);
        }
        return out;
    }

    /** A standfirst set in a heading tag is a paragraph of the article, not a section heading. */
    private static Block standfirst(Block b) {
        return b.heading ? new Block(b.text, b.linkChars, false, false, b.ancestors, false) : b;
    }

    /**
     * Whether a heading repeats the page's title (from the metadata): pages that give the site name the
     * {@code h1}, or have none, set the headline in an {@code h2}. Such a heading is the article's title: the
     * lead rule finds the standfirst under it, and it leaves the body as an {@code h1} does.
     */
    private static boolean repeatsTitle(String heading, String titleKey) {
        if (titleKey.length() < MIN_TITLE_KEY || heading.length() > titleKey.length() + TITLE_SLACK) {
            return false;
        }
        String k = key(heading);
        return k.length() >= MIN_TITLE_KEY && titleKey.startsWith(k);
    }

    /** Letters and digits, lower-cased: a title compared without its punctuation, spacing or case. */
    private static String key(String s) {
        StringBuilder k = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                k.append(Character.toLowerCase(c));
            }
        }
        return k.toString();
    }

    /**
     * Drops the label of a dropped list ("Auch interessant", "Baca juga", "Related topics"): a short line, not
     * ending like a sentence unless it is a heading, directly followed by dropped blocks. A heading is such a label only when nothing
     * kept or another heading follows the list (a heading over a list of links to read is a section of the
     * article). Returns the characters dropped.
     */
    private static int dropListLabels(List<Block> kept) {
        int dropped = 0;
        for (int i = 0; i < kept.size() - 1; i++) {
            Block b = kept.get(i);
            // a heading label may end like a sentence ("Das könnte Sie auch interessieren!"); the rules below
            // still keep a heading over a list that the article's text follows
            if (b.dropped || b.text.length() > LABEL_CHARS || !kept.get(i + 1).dropped || sentence(b.text) && !b.heading) {
                continue;
            }
            int j = i + 1;
            while (j < kept.size() && kept.get(j).dropped) {
                j++;
            }
            if (j == kept.size() || kept.get(j).heading || !b.heading) {
                kept.set(i, b.asDropped());
                dropped += b.text.length();
            }
        }
        for (int i = kept.size() - 1; i >= 0; i--) {
            Block b = kept.get(i);
            if (b.dropped) {
                continue;
            }
            if (b.text.length() <= LABEL_CHARS && b.text.charAt(b.text.length() - 1) == ':') {
                // a label closing the text introduces what extraction left out ("Zum Weiterlesen:", "Quellen:")
                kept.set(i, b.asDropped());
                dropped += b.text.length();
            }
            break;
        }
        return dropped;
    }

    /**
     * The blocks of lists and tables that read as text as a whole: at least {@link #LONG_BLOCK} characters,
     * made of items that are not link-heavy (a menu is a list of links, an ingredient list is not).
     */
    private static boolean[] unitBlocks(List<Region> regions, List<Block> blocks, long[] chars) {
        boolean[] in = new boolean[blocks.size()];
        for (Region r : regions) {
            if (!r.unit || r.last <= r.first || chars[r.last + 1] - chars[r.first] < LONG_BLOCK) {
                continue;
            }
            long links = 0;
            boolean title = false;
            for (int i = r.first; i <= r.last; i++) {
                Block b = blocks.get(i);
                links += b.linkChars;
                title |= b.title;
            }
            if (!title && links <= UNIT_LINKS * (chars[r.last + 1] - chars[r.first])) {
                for (int i = r.first; i <= r.last; i++) {
                    in[i] = true;
                }
            }
        }
        return in;
    }

    /**
     * The first block of the article's lead: the clean text between the page's title ({@code h1}) and the
     * chosen container, which news pages put in a header, a teaser box or a sibling of the body. Without a
     * title within {@link #LEAD_SCAN} blocks before the container, there is no lead.
     */
    private static int leadStart(int first, List<Block> blocks, boolean[] noise) {
        for (int i = first - 1, seen = 0; i >= 0 && seen < LEAD_SCAN; i--) {
            Block b = blocks.get(i);
            if (b.title) {
                return i + 1;
            }
            if (!noise[i]) {
                seen++;
            }
        }
        return first;
    }

    /** A block that reads as a lead: a sentence of some length (a standfirst may sit in a heading tag). */
    private static boolean leadLike(String text) {
        int len = text.length();
        char last = text.charAt(len - 1);
        return len >= SHORT_BLOCK && (last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201D'
                || last == '\u201C' || last == ':');
    }

    /** Whether a line ends like a sentence (a list label does not). */
    private static boolean sentence(String text) {
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == '!' || last == '"' || last == '\u201D';
    }

    /**
     * The siblings of the container that read like it, the idea of readability's sibling merge: an article
     * split into sibling boxes (a recipe's ingredients beside its steps, an intro box beside the text) whose
     * parent also holds boilerplate, so widening stops below it. A sibling joins when it is not hinted, holds
     * at least {@link #SIBLING_MIN} characters and {@link #SIBLING_SHARE} of the container's clean text, with
     * noise at most {@link #SIBLING_NOISE} of its clean text.
     */
    private static List<Region> siblings(Region best, List<Region> regions, double[] good, double[] bad) {
        if (best.parent < 0) {
            return List.of();
        }
        double g = good[best.last + 1] - good[best.first];
        List<Region> out = new ArrayList<>();
        for (Region r : regions) {
            if (r.parent != best.parent || r.id == best.id || r.negative || r.last < r.first) {
                continue;
            }
            double rg = good[r.last + 1] - good[r.first];
            double rb = bad[r.last + 1] - bad[r.first];
            if (rg >= SIBLING_MIN && rg >= SIBLING_SHARE * g && rb <= SIBLING_NOISE * rg) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * Climbs from the chosen container to its parent while the parent adds clean text: an article split over
     * sibling containers (text, an image or an ad, more text) is read whole.
     */
    private static Region widen(Region best, List<Region> regions, int ids, double[] good, double[] bad) {
        Region[] byId = new Region[ids];
        for (Region r : regions) {
            byId[r.id] = r;
        }
        for (int step = 0; step < MAX_WIDEN && best.parent >= 0 && byId[best.parent] != null; step++) {
            Region up = byId[best.parent];
            double g = good[best.last + 1] - good[best.first];
            double addedGood = good[up.last + 1] - good[up.first] - g;
            double addedBad = bad[up.last + 1] - bad[up.first] - (bad[best.last + 1] - bad[best.first]);
            if (addedGood == 0 && addedBad == 0 && !up.negative) {
                // a wrapper that holds the same blocks, or adds only what weighs nothing (a section heading)
                best = up;
                step--;
                continue;
            }
            boolean gain = addedGood >= WIDEN_GAIN * g && addedBad <= WIDEN_NOISE * addedGood;
            boolean clean = addedGood > 0 && addedGood <= WIDEN_LEAD * g && addedBad <= WIDEN_CLEAN * addedGood;
            if (up.negative || !gain && !clean) {
                up = fartherGain(up, best, byId, good, bad);
                if (up == null) {
                    break;
                }
            }
            best = up;
        }
        return best;
    }

    /**
     * The first of the {@link #WIDEN_LOOKAHEAD} ancestors above {@code refused} (a parent the container could not
     * widen to) whose whole addition to {@code best} passes the gain test, or null; a hinted ancestor ends the
     * search.
     */
    private static Region fartherGain(Region refused, Region best, Region[] byId, double[] good, double[] bad) {
        if (refused.negative) {
            return null;
        }
        double g = good[best.last + 1] - good[best.first];
        double b = bad[best.last + 1] - bad[best.first];
        Region far = refused;
        for (int k = 0; k < WIDEN_LOOKAHEAD && far.parent >= 0 && byId[far.parent] != null; k++) {
            far = byId[far.parent];
            if (far.negative) {
                return null;
            }
            double addedGood = good[far.last + 1] - good[far.first] - g;
            double addedBad = bad[far.last + 1] - bad[far.first] - b;
            if (addedGood >= WIDEN_GAIN * g && addedBad <= WIDEN_NOISE * addedGood) {
                return far;
            }
        }
        return null;
    }

    /**
     * A teaser card: a small element of two to four blocks, one of them a headline link, the others a short
     * summary or a date. Lists of them follow articles ("More stories") inside the same container. A table row
     * is not a card (an amount and a linked product in an ingredient table).
     */
    private static boolean isTeaser(Region r, List<Block> blocks, long[] chars) {
        int count = r.last - r.first + 1;
        if (r.row || count < 2 || count > TEASER_BLOCKS || chars[r.last + 1] - chars[r.first] > TEASER_CHARS) {
            return false;
        }
        for (int i = r.first; i <= r.last; i++) {
            Block b = blocks.get(i);
            int len = b.text.length();
            if (len >= TEASER_HEADLINE && b.linkChars > LINK_HEAVY * len) {
                return true;
            }
        }
        return false;
    }

    /** All blocks of a walked page but titles and link lines: the last fallback. */
    List<Block> allBlocks(Walk walk) {
        List<Block> out = new ArrayList<>();
        for (Block b : walk.blocks) {
            if (!b.title && (b.text.length() == 0 || b.linkChars <= LINK_HEAVY * b.text.length())) {
                out.add(b);
            }
        }
        return out;
    }

    /**
     * One pass over the DOM: blocks in document order and the block range of every block-level element. Titles
     * are read from the title tag only; headings that may repeat the page's title are noted for {@link #extract}.
     */
    final class Walk implements NodeFilter {
        final List<Block> blocks = new ArrayList<>();
        final List<Region> regions = new ArrayList<>();
        final Deque<Open> open = new ArrayDeque<>();
        /** Hints of the class and id values met so far: pages repeat them. */
        final NameTable hintCache = new NameTable(64);
        /** Blocks read as an image's caption. */
        final BitSet captions = new BitSet();
        /** Blocks read as the caption of a picture's box: dropped inside the container, so their kind is still read. */
        final BitSet boxCaptions = new BitSet();
        /**
         * The text of the innermost open block. Only the innermost block collects text: opening a nested
         * block or closing one flushes it first, so one buffer serves the whole walk.
         */
        final StringBuilder text = new StringBuilder(256);
        /** Blocks of section headings: those that repeat the page's title are its title ({@link #withTitles}). */
        final BitSet headings = new BitSet();
        /** What the metadata reads, handed every element read and every sub-tree skipped. */
        final MetadataScan scan;
        /** Kind bits of the open element at each depth, read again when it closes. */
        int[] kinds = new int[64];
        /** Index of the last title block, -1 before the first. */
        int lastTitle = -1;
        /** Characters of link text in {@link #text}. */
        int links;
        /** Characters of all blocks before block i, at i (prefix sums: a picture's box is measured in O(1)). */
        int[] charsBefore = new int[64];
        String heading1;
        int nextId;
        int linkDepth;
        int articleDepth;
        int preDepth;
        int depth;

        Walk(MetadataScan scan) {
            this.scan = scan;
        }

        private final class Open {
            final boolean heading;
            final boolean title;
            final int first;
            final int depth;
            final boolean negative;
            final boolean positive;
            final boolean item;
            /** An image opened this block's text: the text that follows, when short, is its caption. */
            boolean imageFirst;
            /**
             * A picture came before any text of this element: when all the element holds is short, it is the
             * picture's box and its text (caption and photo credit, often in boxes of their own) is the caption.
             */
            boolean pictureBox;
            /** The picture sits in this block's own text, not in a nested block. */
            boolean holdsPicture;
            /** Negative only as a page-level tag ({@code header}): not when it holds the article's title. */
            boolean pageOnly;
            final int id = nextId++;
            final int parent = open.isEmpty() ? -1 : open.peek().id;

            Open(boolean heading, boolean title, int first, int depth, boolean negative, boolean positive,
                    boolean item) {
                this.item = item;
                this.heading = heading;
                this.title = title;
                this.first = first;
                this.depth = depth;
                this.negative = negative;
                this.positive = positive;
            }
        }

        @Override
        public FilterResult head(Node node, int ignored) {
            if (node instanceof TextNode t) {
                Open top = open.peek();
                if (top != null) {
                    if (top.imageFirst && !t.isBlank() && !CAPTION_WRAPPERS.contains(t.parent().normalName())) {
                        top.imageFirst = false;
                    }
                    if (preDepth == 0 && t.isBlank()) {
                        if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                            text.append(' ');
                        }
                        return FilterResult.CONTINUE;
                    }
                    String s = t.getWholeText();
                    if (preDepth > 0) {
                        text.append(s);
                    } else {
                        BlockText.appendFlat(text, s);
                    }
                    if (linkDepth > 0) {
                        links += BlockText.strippedLength(s);
                    }
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            int kind = tagKinds.get(e.normalName(), 0);
            if ((kind & JUNK) != 0 || BlockText.hidden(e)) {
                scan.skipped(e);
                return FilterResult.SKIP_ENTIRELY;
            }
            if ((kind & SCANNED) != 0) {
                scan.element(e);
            }
            depth++;
            if (depth == kinds.length) {
                kinds = Arrays.copyOf(kinds, 2 * depth);
            }
            kinds[depth] = kind;
            if ((kind & PRE) != 0) {
                preDepth++;
            }
            if ((kind & ARTICLE) != 0) {
                articleDepth++;
            }
            if ((kind & LINK) != 0) {
                linkDepth++;
            } else if ((kind & BREAK) != 0) {
                Open top = open.peek();
                if (top != null) {
                    text.append('\n');
                }
            } else if ((kind & IMAGE) != 0) {
                Open top = open.peek();
                if (top != null && !top.item && BlockText.blank(text) && !e.attr("src").contains(".svg")) {
                    top.imageFirst = true;
                    top.holdsPicture = true;
                    for (Open o : open) {
                        if (o.item || o.first != blocks.size()) {
                            break;
                        }
                        o.pictureBox = true;
                    }
                }
            } else if ((kind & BLOCK) != 0 || open.isEmpty()) {
                flush();
                int hint = 0;
                if (e.attributesSize() > 0) {
                    // class and id read apart and combined as HtmlHints.hint reads them together (no concatenation)
                    int cls = hintOf(e.attr("class"));
                    // a heading's id is an anchor, often a slug of its own words ("nav_nur_die_folie"): not a hint
                    int id = (kind & HEADING) != 0 ? 0 : hintOf(e.attr("id"));
                    boolean neg = cls == -1 || id == -1 || cls == 2 || id == 2;
                    boolean pos = cls == 1 || id == 1 || cls == 2 || id == 2;
                    hint = neg == pos ? 0 : neg ? -1 : 1;
                }
                boolean soft = (kind & SOFT) != 0 || hint < 0;
                boolean page = articleDepth == 0 && (kind & PAGE) != 0;
                boolean negative = soft || page;
                boolean positive = !negative && ((kind & ARTICLE) != 0 || hint > 0);
                Open o = new Open((kind & HEADING) != 0, (kind & TITLE) != 0, blocks.size(), depth, negative, positive,
                        (kind & ITEM) != 0);
                o.pageOnly = page && !soft;
                open.push(o);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int ignored) {
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            int kind = kinds[depth];
            if ((kind & PRE) != 0) {
                preDepth--;
            }
            if ((kind & ARTICLE) != 0) {
                articleDepth--;
            }
            if ((kind & LINK) != 0) {
                linkDepth--;
            } else if (!open.isEmpty() && open.peek().depth == depth) {
                flush();
                Open closed = open.pop();
                int last = blocks.size() - 1;
                if (closed.pictureBox && last >= closed.first && chars(closed.first, last) <= PICTURE_BOX_CHARS) {
                    boxCaptions.set(closed.first, last + 1);
                }
                boolean negative = closed.negative && !(closed.pageOnly && lastTitle >= closed.first);
                regions.add(new Region(closed.id, closed.parent, closed.depth, closed.first, blocks.size() - 1, negative,
                        closed.positive, (kind & UNIT) != 0, (kind & ROW) != 0, closed.pageOnly));
            }
            depth--;
            return FilterResult.CONTINUE;
        }

        /**
         * -1 for boilerplate names only, 1 for content names only, 2 for both, 0 for none; pages repeat their
         * classes, so cached.
         */
        private static final int UNKNOWN = Integer.MIN_VALUE;

        private int hintOf(String marks) {
            if (marks.isEmpty()) {
                return 0;
            }
            int known = hintCache.get(marks, UNKNOWN);
            if (known == UNKNOWN) {
                known = hints.marks(marks);
                hintCache.put(marks, known);
            }
            return known;
        }

        private int chars(int first, int last) {
            return charsBefore[last + 1] - charsBefore[first];
        }

        private void flush() {
            Open top = open.peek();
            if (top == null) {
                return;
            }
            // the image opens only the text that follows it directly, not the text after a nested block
            boolean afterImage = top.imageFirst;
            top.imageFirst = false;
            if (text.length() == 0) {
                return;
            }
            if (!BlockText.blank(text)) {
                String line = BlockText.collapse(text);
                if (!line.isBlank()) {
                    if (top.title && heading1 == null) {
                        heading1 = line.strip();
                    }
                    boolean title = top.title;
                    if (title) {
                        lastTitle = blocks.size();
                    } else if (top.heading) {
                        headings.set(blocks.size());
                    }
                    int[] ancestors = new int[open.size()];
                    int k = ancestors.length;
                    for (Open o : open) {
                        ancestors[--k] = o.id;
                    }
                    if (afterImage && line.length() <= CAPTION_CHARS) {
                        captions.set(blocks.size());
                    }
                    // bare text beside the picture (a paragraph that opens with it) or a heading: no picture's box
                    if (top.heading || top.holdsPicture && !afterImage) {
                        for (Open o : open) {
                            o.pictureBox = false;
                        }
                    }
                    blocks.add(new Block(line, Math.min(links, line.length()), top.heading && !title, title, ancestors, false));
                    if (blocks.size() == charsBefore.length) {
                        charsBefore = Arrays.copyOf(charsBefore, 2 * charsBefore.length);
                    }
                    charsBefore[blocks.size()] = charsBefore[blocks.size() - 1] + line.length();
                }
            }
            text.setLength(0);
            links = 0;
        }
    }
}
