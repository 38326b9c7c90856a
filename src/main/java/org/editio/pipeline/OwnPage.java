package org.editio.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import net.sf.saxon.s9api.SaxonApiException;
import org.editio.problem.Codes;
import org.editio.problem.Problem;
import org.editio.transform.Stylesheets;

/**
 * One of the edition's own pages that can be taken over on its own (the home and guidelines pages), made by
 * index.xsl with its companion template ({@link Stylesheets#sitePageThen}): its files recorded in the
 * build's outputs, the problems it reported, what the companion gave.
 *
 * @param files     the files the page wrote
 * @param problems  the problems it reported (also given to the build)
 * @param companion the companion template's strings; empty when the page failed
 * @param ok        whether the page was made (a failure is reported as {@code html-failed})
 */
record OwnPage(Outputs files, List<Problem> problems, List<String> companion, boolean ok) {
    static OwnPage make(String template, String then, String href, Stylesheets.Context context, Stylesheets sheets,
            Outputs out, Consumer<Problem> problems) {
        List<Problem> mine = Collections.synchronizedList(new ArrayList<>());
        Consumer<Problem> sink = p -> {
            mine.add(p);
            problems.accept(p);
        };
        Outputs made = out.another();
        List<String> companion = List.of();
        boolean ok = true;
        try (OutputStream page = made.create("site/" + href)) {
            companion = sheets.sitePageThen(template, then, context, page, rel -> made.create("site/" + rel), sink);
        } catch (SaxonApiException e) {
            sink.accept(Problem.error(Codes.HTML_FAILED, href + " could not be made: " + e.getMessage(), null, 0, 0));
            ok = false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.recordAll(made);
        return new OwnPage(made, List.copyOf(mine), companion, ok);
    }

    /** What the manifest keeps of the page: {@code key}, or a key never met when the page failed (made again next time). */
    Manifest.Rendered rendered(String key) {
        return new Manifest.Rendered(ok && key != null ? key : "failed", files.files(), problems, false, ok);
    }
}
