package org.editio.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One page's words, as Pagefind 1.6.0 indexes them ({@code parse_digest} and {@code parse_meta_words} in
 * its {@code fossick/mod.rs}, rewritten here): each white-space-separated word of the digest takes the
 * next position, and is indexed under its forms ({@link Words}) at the weight of the innermost weighted
 * element around it (24 = 1.0; a compound's parts share it); the page's content is the digest without the
 * markers; the words of its meta fields are indexed by field and position. Immutable once made.
 */
final class IndexedPage {
    private static final String ANCHOR = "___PAGEFIND_ANCHOR___";
    private static final String WEIGHT = "___PAGEFIND_WEIGHT___";
    private static final String AUTO_WEIGHT = "___PAGEFIND_AUTO_WEIGHT___";
    private static final String END_WEIGHT = "___END_PAGEFIND_WEIGHT___";
    private static final Pattern PRIVATE = Pattern.compile("___PAGEFIND_\\S+\\s?");

    /** One place of a word: a position and weight in the text, or a field and position in the meta. */
    record Place(int position, int weightOrField, String original) {
    }

    record Anchor(String element, String id, String text, String title, int location) {
    }

    final PageRecord record;
    final String content;
    final int wordCount;
    final List<Anchor> anchors = new ArrayList<>();
    final Map<String, List<Place>> words = new HashMap<>();
    /** Field numbers index {@link #metaFields}. */
    final Map<String, List<Place>> metaWords = new HashMap<>();
    final Map<String, String> meta;
    final Map<String, List<String>> filters;
    final List<String> metaFields;

    IndexedPage(PageRecord record, Words forms) {
        this.record = record;
        StringBuilder text = new StringBuilder(record.digest().length());
        int position = 0;
        int max = 0;
        List<Integer> weights = new ArrayList<>(List.of(24));
        for (String word : Text.splitWhitespace(record.digest())) {
            if (word.charAt(0) == '_') {
                if (word.startsWith(ANCHOR)) {
                    anchor(word.replace(ANCHOR, ""), position);
                    continue;
                }
                if (word.startsWith(WEIGHT)) {
                    float w = parseWeight(word.replace(WEIGHT, ""));
                    weights.add(w <= 0 ? 0 : Math.max(1, (int) (Math.min(w, 10f) * 24f) & 0xff));
                    continue;
                }
                if (word.startsWith(AUTO_WEIGHT)) {
                    if (weights.size() == 1) {
                        float w = parseWeight(word.replace(AUTO_WEIGHT, ""));
                        weights.add((int) (Math.max(0f, Math.min(w, 10f)) * 24f) & 0xff);
                    } else {
                        weights.add(weights.get(weights.size() - 1));
                    }
                    continue;
                }
                if (word.startsWith(END_WEIGHT)) {
                    if (!weights.isEmpty()) {
                        weights.remove(weights.size() - 1);
                    }
                    continue;
                }
            }
            String base = word.indexOf('\u200b') >= 0 ? word.replace("\u200b", "") : word;
            if (base.isEmpty()) {
                continue;
            }
            text.append(base).append(' ');
            int weight = weights.isEmpty() ? 1 : weights.get(weights.size() - 1);
            List<Words.Indexable> indexable = forms.of(base, true);
            int compound = 0;
            for (Words.Indexable i : indexable) {
                compound += i.compoundPart() ? 1 : 0;
            }
            int partial = compound > 0 && weight > 0 ? Math.max(1, weight / Math.min(compound, 255)) : 0;
            for (Words.Indexable i : indexable) {
                words.computeIfAbsent(i.stemmed(), k -> new ArrayList<>(2))
                        .add(new Place(position, i.compoundPart() ? partial : weight, i.original()));
            }
            max = position;
            position++;
        }
        if (text.length() > 0) {
            text.setLength(text.length() - 1);
        }
        content = text.toString();
        wordCount = max + 1;
        filters = new TreeMap<>();
        record.filters().forEach((k, v) -> filters.put(k, v.stream().map(x -> PRIVATE.matcher(x).replaceAll("")).toList()));
        meta = new TreeMap<>();
        record.meta().forEach((k, v) -> meta.put(k, PRIVATE.matcher(v).replaceAll("")));
        metaFields = List.copyOf(meta.keySet());
        int field = 0;
        for (String value : meta.values()) {
            int p = 0;
            for (String word : Text.splitWhitespace(value)) {
                for (Words.Indexable i : forms.of(word, false)) {
                    metaWords.computeIfAbsent(i.stemmed(), k -> new ArrayList<>(2)).add(new Place(p, field, i.original()));
                }
                p++;
            }
            field++;
        }
    }

    private void anchor(String rest, int location) {
        int colon = rest.indexOf(':');
        if (colon < 0) {
            return;
        }
        String element = rest.substring(0, colon);
        String anchorId = rest.substring(colon + 1);
        int second = anchorId.indexOf(':');
        if (second < 0) {
            return;
        }
        String text = record.anchorContent().get(anchorId);
        anchors.add(new Anchor(element, anchorId.substring(second + 1), text == null ? "" : Text.normalize(Text.normalize(text)),
                record.anchorTitles().get(anchorId), location));
    }

    private static float parseWeight(String s) {
        try {
            float f = Float.parseFloat(s);
            return Float.isNaN(f) ? 1f : f;
        } catch (NumberFormatException e) {
            return 1f;
        }
    }

    /** The fragment Pagefind's search shows for the page, as JSON (its {@code PageFragmentData}). */
    String fragmentJson() {
        Json j = new Json();
        j.open('{').key("url").string(record.url()).key("content").string(content).key("word_count").number(wordCount);
        j.key("filters").open('{');
        filters.forEach((k, v) -> {
            j.key(k).open('[');
            v.forEach(j::string);
            j.close(']');
        });
        j.close('}').key("meta").open('{');
        meta.forEach((k, v) -> j.key(k).string(v));
        j.close('}').key("anchors").open('[');
        for (Anchor a : anchors) {
            j.open('{').key("element").string(a.element()).key("id").string(a.id()).key("text").string(a.text());
            if (a.title() != null) {
                j.key("title").string(a.title());
            }
            j.key("location").number(a.location()).close('}');
        }
        return j.close(']').close('}').toString();
    }
}
