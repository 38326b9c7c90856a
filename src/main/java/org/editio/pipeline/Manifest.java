package org.editio.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.editio.problem.Problem;
import org.editio.problem.Severity;

/**
 * What a build made, kept in its build folder ({@code .editio/build-N/build.xml}, published as
 * {@code .editio/current/build.xml}) so that the next build can
 * reuse it: the fingerprint of everything but the sources; per source its content hash, the facts and
 * problems found when it was checked, and, when it was published, the key of what it was rendered from
 * and the files it wrote, its skeleton (the hash of its kinds of element use, {@link ElementUses#hash}) and the hash of what the
 * home page reads of it ({@link HomePage}); the same for the edition's own pages and, apart,
 * the guidelines page. Immutable once read or built.
 *
 * @param fingerprint see {@link Fingerprint}
 * @param documents   by path below tei/
 * @param site        the home, search, 404 pages, sitemap and volume; null when none
 * @param shards      the search index's bundles, by name (see {@link SearchShards})
 * @param guidelines  the guidelines page; null when none
 * @param home        the home page (index.html); null when none
 */
record Manifest(String fingerprint, Map<String, Entry> documents, Rendered site, Map<String, Rendered> shards,
        Guidelines guidelines, Rendered home) {
    /** Its name in a build folder. */
    static final String NAME = "build.xml";
    /** Where the published build's manifest is, in the output folder. */
    static final String PATH = ".editio/current/" + NAME;

    static final Manifest NONE = new Manifest("", Map.of(), null, Map.of(), null, null);

    /**
     * One source as last built. {@code checked}: the problems of validation, before --lenient judged them;
     * {@code context}: the hash of the register they were checked against (the pointer rules read it).
     */
    record Entry(String relative, String hash, String context, DocumentFacts facts, List<Problem> checked, Rendered rendered,
            String skeleton, String home) {
    }

    /**
     * The guidelines page as last made ({@link GuidelinesPage}): its key is made from the documents' skeletons;
     * {@code sources}, the documents its examples come from (path below tei/ → content hash), must also be
     * unchanged for it to be taken over.
     */
    record Guidelines(Rendered rendered, Map<String, String> sources) {
    }

    /**
     * Something rendered: the key of its inputs, the files it wrote (relative to the output folder), the
     * problems rendering reported, and whether it made a PDF and was published.
     */
    record Rendered(String key, List<String> files, List<Problem> problems, boolean pdf, boolean published) {
    }

    /** The manifest of the build in {@code out}; {@link #NONE} when there is none or it cannot be read. */
    static Manifest read(Path out, Path root) {
        Path file = out.resolve(PATH);
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new Reader(root).read(in);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            // A damaged manifest only costs a full build.
            return NONE;
        }
    }

    /** Writes the manifest; the files of problems are written relative to {@code root}, the project. */
    void write(OutputStream out, Path root) throws IOException {
        WRITING.set(new Written());
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("editio-build");
            w.writeAttribute("fingerprint", fingerprint);
            for (Entry e : documents.values()) {
                w.writeCharacters("\n");
                w.writeStartElement("document");
                w.writeAttribute("source", e.relative());
                w.writeAttribute("hash", e.hash());
                w.writeAttribute("context", e.context());
                w.writeAttribute("skeleton", e.skeleton());
                w.writeAttribute("home", e.home());
                writeFacts(w, e.facts());
                writeProblems(w, e.checked(), root);
                if (e.rendered() != null) {
                    writeRendered(w, e.rendered(), root);
                }
                w.writeEndElement();
            }
            if (site != null) {
                w.writeCharacters("\n");
                writeRendered(w, site, root);
            }
            if (guidelines != null) {
                w.writeCharacters("\n");
                w.writeStartElement("guidelines");
                for (Map.Entry<String, String> source : guidelines.sources().entrySet()) {
                    w.writeEmptyElement("source");
                    w.writeAttribute("path", source.getKey());
                    w.writeAttribute("hash", source.getValue());
                }
                writeRendered(w, guidelines.rendered(), root);
                w.writeEndElement();
            }
            if (home != null) {
                w.writeCharacters("\n");
                w.writeStartElement("home");
                writeRendered(w, home, root);
                w.writeEndElement();
            }
            for (Map.Entry<String, Rendered> shard : shards.entrySet()) {
                w.writeCharacters("\n");
                w.writeStartElement("shard");
                w.writeAttribute("name", shard.getKey());
                writeRendered(w, shard.getValue(), root);
                w.writeEndElement();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the build manifest: " + e.getMessage(), e);
        } finally {
            WRITING.remove();
        }
    }

    private static void writeFacts(XMLStreamWriter w, DocumentFacts f) throws XMLStreamException {
        w.writeStartElement("facts");
        w.writeAttribute("id", f.id());
        w.writeAttribute("title", f.title());
        w.writeAttribute("date", f.date());
        w.writeAttribute("author", f.author());
        w.writeAttribute("subject", f.subject());
        w.writeAttribute("keywords", f.keywords());
        w.writeAttribute("edition-title", f.editionTitle());
        w.writeAttribute("edition-version", f.editionVersion());
        w.writeAttribute("edition-date", f.editionDate());
        w.writeAttribute("language", f.language());
        for (DocumentFacts.Part p : f.parts()) {
            w.writeEmptyElement("part");
            w.writeAttribute("id", p.id());
            w.writeAttribute("title", p.title());
            w.writeAttribute("document", Boolean.toString(p.document()));
        }
        w.writeEndElement();
    }

    private static void writeRendered(XMLStreamWriter w, Rendered r, Path root) throws XMLStreamException {
        w.writeStartElement("rendered");
        w.writeAttribute("key", r.key());
        w.writeAttribute("pdf", Boolean.toString(r.pdf()));
        w.writeAttribute("published", Boolean.toString(r.published()));
        for (String f : r.files()) {
            w.writeStartElement("file");
            w.writeCharacters(f);
            w.writeEndElement();
        }
        writeProblems(w, r.problems(), root);
        w.writeEndElement();
    }

    /**
     * Writes problems. A message is written once, the first time, with a number ({@code m}); later problems
     * with the same message give only the number (4,420 letters have 469,000 problems and 242 messages).
     */
    private static void writeProblems(XMLStreamWriter w, List<Problem> problems, Path root) throws XMLStreamException {
        Path base = root.toAbsolutePath().normalize();
        for (Problem p : problems) {
            w.writeStartElement("problem");
            w.writeAttribute("severity", p.severity().name());
            w.writeAttribute("code", p.code());
            w.writeAttribute("line", Integer.toString(p.line()));
            w.writeAttribute("column", Integer.toString(p.column()));
            String file = p.file() == null ? "" : WRITING.get().files.computeIfAbsent(p.file(), x -> {
                Path f = x.toAbsolutePath().normalize();
                return f.startsWith(base) ? base.relativize(f).toString() : f.toString();
            });
            w.writeAttribute("file", file);
            Map<String, Integer> messages = WRITING.get().messages;
            Integer number = messages.get(p.message());
            if (number == null) {
                messages.put(p.message(), messages.size());
                w.writeAttribute("m", Integer.toString(messages.size() - 1));
                w.writeCharacters(p.message());
            } else {
                w.writeAttribute("m", Integer.toString(number));
            }
            w.writeEndElement();
        }
    }

    /** What one write has given so far: messages by number, problem files as written. */
    private static final class Written {
        final Map<String, Integer> messages = new HashMap<>();
        final Map<Path, String> files = new HashMap<>();
    }

    private static final ThreadLocal<Written> WRITING = ThreadLocal.withInitial(Written::new);

    /** Reads a manifest with Woodstox, DTDs and entities off. One per read. */
    private static final class Reader {
        private final Path root;
        private final Map<String, Path> paths = new HashMap<>();
        private final Map<String, String> messages = new HashMap<>();

        Reader(Path root) {
            this.root = root.toAbsolutePath().normalize();
        }

        Manifest read(InputStream in) throws XMLStreamException {
            XMLInputFactory f = XMLInputFactory.newFactory();
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader r = f.createXMLStreamReader(in);
            String fingerprint = "";
            Map<String, Entry> documents = new LinkedHashMap<>();
            Rendered site = null;
            Map<String, Rendered> shards = new LinkedHashMap<>();
            String shard = null;
            String source = null;
            String hash = null;
            String context = null;
            DocumentFacts facts = null;
            List<Problem> problems = new ArrayList<>();
            Rendered rendered = null;
            String skeleton = "";
            Map<String, String> sources = null;
            Guidelines guidelines = null;
            String homeDigest = "";
            boolean inHome = false;
            Rendered home = null;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "editio-build" -> fingerprint = attr(r, "fingerprint");
                        case "document" -> {
                            source = attr(r, "source");
                            hash = attr(r, "hash");
                            context = attr(r, "context");
                            skeleton = attr(r, "skeleton");
                            homeDigest = attr(r, "home");
                            facts = null;
                            problems = new ArrayList<>();
                            rendered = null;
                        }
                        case "facts" -> facts = facts(r);
                        case "problem" -> problems.add(problem(r));
                        case "shard" -> shard = attr(r, "name");
                        case "guidelines" -> sources = new LinkedHashMap<>();
                        case "home" -> inHome = true;
                        case "source" -> sources.put(attr(r, "path"), attr(r, "hash"));
                        case "rendered" -> {
                            Rendered made = rendered(r);
                            if (shard != null) {
                                shards.put(shard, made);
                                shard = null;
                            } else if (inHome) {
                                home = made;
                                inHome = false;
                            } else if (sources != null) {
                                guidelines = new Guidelines(made, java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(sources)));
                                sources = null;
                            } else if (source == null) {
                                site = made;
                            } else {
                                rendered = made;
                            }
                        }
                        default -> { }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("document")) {
                    documents.put(source, new Entry(source, hash, context, facts, List.copyOf(problems), rendered, skeleton, homeDigest));
                    source = null;
                }
            }
            return new Manifest(fingerprint, Map.copyOf(documents), site, shards, guidelines, home);
        }

        private DocumentFacts facts(XMLStreamReader r) throws XMLStreamException {
            String[] v = new String[10];
            String[] names = {"id", "title", "date", "author", "subject", "keywords", "edition-title", "edition-version",
                "edition-date", "language"};
            for (int i = 0; i < names.length; i++) {
                v[i] = attr(r, names[i]);
            }
            List<DocumentFacts.Part> parts = new ArrayList<>();
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("part")) {
                    parts.add(new DocumentFacts.Part(attr(r, "id"), attr(r, "title"), "true".equals(attr(r, "document"))));
                } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("facts")) {
                    break;
                }
            }
            return new DocumentFacts(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], List.copyOf(parts));
        }

        private Rendered rendered(XMLStreamReader r) throws XMLStreamException {
            String key = attr(r, "key");
            boolean pdf = Boolean.parseBoolean(attr(r, "pdf"));
            boolean published = Boolean.parseBoolean(attr(r, "published"));
            List<String> files = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("file")) {
                    files.add(r.getElementText());
                } else if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("problem")) {
                    problems.add(problem(r));
                } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("rendered")) {
                    break;
                }
            }
            return new Rendered(key, List.copyOf(files), List.copyOf(problems), pdf, published);
        }

        private Problem problem(XMLStreamReader r) throws XMLStreamException {
            Severity s = Severity.valueOf(attr(r, "severity"));
            String code = attr(r, "code");
            int line = Integer.parseInt(attr(r, "line"));
            int column = Integer.parseInt(attr(r, "column"));
            String file = attr(r, "file");
            // A file's problems share its path; a message is written once, then named by its number (m).
            String m = attr(r, "m");
            String text = r.getElementText();
            String message;
            if (m.isEmpty()) {
                message = text.intern();
            } else if (messages.containsKey(m)) {
                message = messages.get(m);
            } else {
                message = text.intern();
                messages.put(m, message);
            }
            return new Problem(s, code.intern(), message, file.isEmpty() ? null : paths.computeIfAbsent(file, root::resolve),
                    line, column);
        }

        private static String attr(XMLStreamReader r, String name) {
            String v = r.getAttributeValue(null, name);
            return v == null ? "" : v;
        }
    }
}
