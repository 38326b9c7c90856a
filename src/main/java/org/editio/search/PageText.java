package org.editio.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one HTML page, as SAX events (the page's result tree while it is serialised), into what the search
 * index takes of it, as Pagefind 1.6.0's HTML reader does ({@code fossick/parser.rs}, rewritten here): the
 * text of the {@code data-pagefind-body} element less what {@code data-pagefind-ignore} marks and the
 * elements Pagefind never indexes (head, nav, footer, form, label, script, style, …), block elements
 * closed by a full stop, weights of headings and {@code data-pagefind-weight}, anchors of elements with
 * an id, and the meta, filter and sort values. One instance per page and thread.
 */
final class PageText extends DefaultHandler {
    private enum Status { INDEXING, IGNORED, EXCLUDED, BODY, PARENT_OF_BODY }

    /** Block elements closed by a full stop: 1.6.0's list (later sources add dl, dt and dd; its output does not). */
    private static final Set<String> SENTENCE = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "td", "div", "ul", "li",
            "article", "section");
    private static final Set<String> INLINE = Set.of("a", "abbr", "acronym", "b", "bdo", "big", "br", "button", "cite",
            "code", "dfn", "em", "i", "img", "input", "kbd", "label", "map", "object", "output", "q", "samp", "script",
            "select", "small", "span", "strong", "sub", "sup", "textarea", "time", "tt", "var");
    private static final Set<String> REMOVE = Set.of("head", "style", "script", "noscript", "label", "form", "svg",
            "footer", "nav", "iframe", "template");
    /** Elements without an end tag: Pagefind's reader finishes them at their start. */
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "keygen",
            "link", "meta", "param", "source", "track", "wbr");
    private static final Pattern ATTRIBUTE = Pattern.compile("^\\s*(?<name>[^:\\[\\]]+)\\[(?<attribute>.+)\\]\\s*$");

    private static final class Node {
        final Node parent;
        final StringBuilder value = new StringBuilder();
        Status status;
        List<String> filter;
        List<String> sort;
        List<String> meta;
        List<String> defaultMeta;
        String weight;
        List<String> anchorIds;
        String tag;

        Node(Node parent, Status status) {
            this.parent = parent;
            this.status = status;
        }
    }

    private final Node root = new Node(null, Status.INDEXING);
    private Node current = root;
    private int anchorCounter;
    private final Map<String, List<String>> filters = new TreeMap<>();
    private final Map<String, String> sort = new TreeMap<>();
    private final Map<String, String> meta = new TreeMap<>();
    private final Map<String, String> defaultMeta = new TreeMap<>();
    private final Map<String, StringBuilder> anchorContent = new TreeMap<>();
    private final Map<String, String> anchorTitles = new TreeMap<>();
    private String language;
    private boolean htmlElement;
    /** Void elements open: their end events are ignored. */
    private final List<Boolean> voids = new ArrayList<>();

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String tag = (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
        if (tag.equals("html")) {
            htmlElement = true;
            String lang = atts.getValue("lang");
            if (lang != null) {
                language = lang.toLowerCase(Locale.ROOT);
            }
        }
        // One pass over the attributes: most elements have none of Pagefind's.
        String ignore = null;
        String id = null;
        String title = null;
        String weight = null;
        String indexAttrs = null;
        boolean body = false;
        boolean listed = false;
        for (int i = 0, n = atts.getLength(); i < n; i++) {
            String name = atts.getQName(i);
            if (name.equals("id")) {
                id = atts.getValue(i);
            } else if (name.startsWith("data-pagefind-")) {
                switch (name) {
                    case "data-pagefind-ignore" -> ignore = atts.getValue(i);
                    case "data-pagefind-body" -> body = true;
                    case "data-pagefind-title" -> title = atts.getValue(i);
                    case "data-pagefind-weight" -> weight = atts.getValue(i);
                    case "data-pagefind-index-attrs" -> indexAttrs = atts.getValue(i);
                    default -> listed = true;
                }
            }
        }
        Status explicit = ignore == null ? null
                : switch (ignore.toLowerCase(Locale.ROOT)) {
                    case "", "index", "true" -> Status.IGNORED;
                    default -> Status.EXCLUDED;
                };
        title = title == null ? null : Text.normalize(title);
        Status status = body ? Status.BODY : explicit != null ? explicit : Status.INDEXING;

        String anchorId = null;
        if (status != Status.EXCLUDED && status != Status.IGNORED && id != null) {
            String elementId = removeWhitespace(id);
            if (!(current.status == Status.PARENT_OF_BODY && status != Status.BODY && status != Status.PARENT_OF_BODY)) {
                current.value.append(" ___PAGEFIND_ANCHOR___").append(tag).append(':').append(anchorCounter).append(':')
                        .append(elementId).append(' ');
                anchorId = anchorCounter + ":" + elementId;
                anchorCounter++;
            }
        }
        if (anchorId != null && title != null && !title.isEmpty()) {
            anchorTitles.put(anchorId, title);
        }
        if (status != Status.EXCLUDED) {
            if (indexAttrs != null) {
                for (String a : indexAttrs.split(",", -1)) {
                    String v = atts.getValue(a.strip());
                    StringBuilder value = new StringBuilder(v == null ? "" : v);
                    if (value.length() > 0 && sentenceChar(value.codePointBefore(value.length()))) {
                        value.append('.');
                    }
                    current.value.append(' ').append(value).append(' ');
                }
            }
            if (tag.equals("br")) {
                current.value.append(' ');
            }
        }
        Node node = new Node(current, current.status == Status.EXCLUDED ? Status.EXCLUDED : status);
        node.tag = tag;
        if (listed) {
            node.filter = attributeList(atts, "data-pagefind-filter");
            node.meta = attributeList(atts, "data-pagefind-meta");
            node.defaultMeta = attributeList(atts, "data-pagefind-default-meta");
            node.sort = attributeList(atts, "data-pagefind-sort");
        }
        node.weight = weight;
        if (current.anchorIds != null && INLINE.contains(tag)) {
            node.anchorIds = new ArrayList<>(current.anchorIds);
        }
        if (anchorId != null) {
            if (node.anchorIds == null) {
                node.anchorIds = new ArrayList<>();
            }
            node.anchorIds.add(anchorId);
        }
        boolean isVoid = VOID.contains(tag);
        voids.add(isVoid);
        if (isVoid) {
            // Finished at once; the excluding selectors below then mark its parent, as in Pagefind.
            if (node.status != Status.EXCLUDED) {
                collect(node);
                if (tag.equals("img") && !meta.containsKey("auto_image")
                        && (meta.containsKey("auto_title") || meta.containsKey("title"))) {
                    String src = atts.getValue("src");
                    if (src != null) {
                        meta.put("auto_image", src);
                        String alt = atts.getValue("alt");
                        if (alt != null) {
                            meta.put("auto_image_alt", alt);
                        }
                    }
                }
            }
        } else {
            current = node;
        }
        if (REMOVE.contains(tag)) {
            current.status = Status.IGNORED;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (voids.remove(voids.size() - 1)) {
            return;
        }
        Node node = current;
        current = node.parent;
        if (node.status == Status.EXCLUDED) {
            return;
        }
        collect(node);
        if (node.tag.equals("h1") && !meta.containsKey("auto_title") && !node.value.toString().isBlank()) {
            meta.put("auto_title", Text.normalize(node.value));
        }
        if (node.tag.equals("title") && !meta.containsKey("auto_page_title")) {
            meta.put("auto_page_title", Text.normalize(node.value));
        }
        if (node.status == Status.IGNORED) {
            return;
        }
        StringBuilder value = node.value;
        if (SENTENCE.contains(node.tag)) {
            value.insert(0, ' ');
            if (sentenceChar(value.codePointBefore(value.length()))) {
                value.append('.');
            }
            value.append(' ');
        }
        String auto = switch (node.tag) {
            case "h1" -> "7";
            case "h2" -> "6";
            case "h3" -> "5";
            case "h4" -> "4";
            case "h5" -> "3";
            case "h6" -> "2";
            default -> null;
        };
        if (node.weight != null) {
            value.insert(0, " ___PAGEFIND_WEIGHT___" + node.weight + " ").append(" ___END_PAGEFIND_WEIGHT___ ");
        } else if (auto != null) {
            value.insert(0, " ___PAGEFIND_AUTO_WEIGHT___" + auto + " ").append(" ___END_PAGEFIND_WEIGHT___ ");
        }
        Node parent = current;
        if (parent.status == Status.PARENT_OF_BODY && node.status != Status.BODY && node.status != Status.PARENT_OF_BODY) {
            return;
        }
        switch (node.status) {
            case INDEXING -> parent.value.append(value);
            case BODY, PARENT_OF_BODY -> {
                if (parent.status != Status.PARENT_OF_BODY) {
                    parent.value.setLength(0);
                }
                parent.value.append(value);
                parent.status = Status.PARENT_OF_BODY;
            }
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        current.value.append(ch, start, length);
        if (current.status != Status.IGNORED && current.status != Status.EXCLUDED && current.anchorIds != null) {
            for (String a : current.anchorIds) {
                anchorContent.computeIfAbsent(a, k -> new StringBuilder()).append(ch, start, length);
            }
        }
    }

    /** What was read, once the page has ended. */
    PageRecord record(String url, String forcedLanguage) {
        while (current.parent != null) {
            Node node = current;
            Node parent = node.parent;
            if (parent.status != Status.PARENT_OF_BODY) {
                switch (node.status) {
                    case INDEXING -> parent.value.append(node.value);
                    case BODY, PARENT_OF_BODY -> {
                        parent.value.setLength(0);
                        parent.value.append(node.value);
                        parent.status = Status.PARENT_OF_BODY;
                    }
                    default -> {
                    }
                }
            }
            current = parent;
        }
        String image = meta.remove("auto_image");
        if (image != null) {
            String alt = meta.remove("auto_image_alt");
            if (!meta.containsKey("image")) {
                meta.put("image", image);
                meta.put("image_alt", alt == null ? "" : alt);
            }
        }
        String title = meta.remove("auto_title");
        if (title != null && !meta.containsKey("title")) {
            meta.put("title", title);
        }
        title = meta.remove("auto_page_title");
        if (title != null && !meta.containsKey("title")) {
            meta.put("title", title);
        }
        Map<String, String> allMeta = new TreeMap<>(defaultMeta);
        allMeta.putAll(meta);
        Map<String, String> anchors = new TreeMap<>();
        anchorContent.forEach((k, v) -> anchors.put(k, v.toString()));
        String lang = forcedLanguage != null ? forcedLanguage : language == null || language.isEmpty() ? "unknown" : language;
        return new PageRecord(url, Text.normalize(root.value), filters, sort, allMeta, anchors, anchorTitles, lang,
                root.status == Status.PARENT_OF_BODY, htmlElement);
    }

    /** The filter, sort and meta values {@code node} names. */
    private void collect(Node node) {
        if (node.filter != null) {
            for (String f : node.filter) {
                String[] pair = pair(node, f);
                if (pair != null) {
                    filters.computeIfAbsent(pair[0], k -> new ArrayList<>()).add(Text.normalize(pair[1]));
                }
            }
        }
        if (node.sort != null) {
            for (String s : node.sort) {
                String[] pair = pair(node, s);
                if (pair != null) {
                    sort.put(pair[0], pair[1]);
                }
            }
        }
        if (node.meta != null) {
            for (String m : node.meta) {
                String[] pair = pair(node, m);
                if (pair != null) {
                    meta.put(pair[0], pair[1]);
                }
            }
        }
        if (node.defaultMeta != null) {
            for (String m : node.defaultMeta) {
                String[] pair = pair(node, m);
                if (pair != null) {
                    defaultMeta.put(pair[0], pair[1]);
                }
            }
        }
    }

    /** Pagefind's {@code get_attribute_pair}: "name:value", or the name and the element's text. */
    private static String[] pair(Node node, String spec) {
        int colon = spec.indexOf(':');
        if (colon >= 0) {
            return new String[] {spec.substring(0, colon), Text.normalize(spec.substring(colon + 1))};
        }
        return node.value.length() == 0 ? null : new String[] {spec, Text.normalize(node.value)};
    }

    /** Pagefind's {@code parse_attr_string}: "a, b[attr], c:literal". */
    private static List<String> attributeList(Attributes atts, String name) {
        String input = atts.getValue(name);
        return input == null ? null : parseAttributes(input, atts);
    }

    private static List<String> parseAttributes(String input, Attributes atts) {
        int colon = input.indexOf(':');
        if (colon >= 0) {
            List<String> list = parseAttributes(input.substring(0, colon), atts);
            if (!list.isEmpty()) {
                int last = list.size() - 1;
                list.set(last, list.get(last) + ":" + input.substring(colon + 1));
            }
            return list;
        }
        List<String> out = new ArrayList<>();
        for (String chunk : input.split(",", -1)) {
            String c = chunk.strip();
            Matcher m = ATTRIBUTE.matcher(c);
            if (m.matches()) {
                String v = atts.getValue(m.group("attribute"));
                out.add(m.group("name") + ":" + (v == null ? "" : v));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** Pagefind's {@code [\w'"\)\$\*]} (Unicode {@code \w}): a character after which a block gets a full stop. */
    private static boolean sentenceChar(int c) {
        if (c == '\'' || c == '"' || c == ')' || c == '$' || c == '*' || c == 0x200c || c == 0x200d) {
            return true;
        }
        int type = Character.getType(c);
        return Character.isAlphabetic(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.CONNECTOR_PUNCTUATION;
    }

    private static String removeWhitespace(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!Text.isWhitespace(s.charAt(i))) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }
}
