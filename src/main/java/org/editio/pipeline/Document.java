package org.editio.pipeline;

import java.nio.file.Path;
import java.util.List;
import net.sf.saxon.s9api.XdmNode;
import org.editio.problem.Problem;

/**
 * A source and what the pipeline knows of it. Immutable (its tree is parsed at most once, when needed).
 *
 * @param relative    its path below tei/, with '/' separators
 * @param hash        the SHA-256 of its bytes
 * @param checked     the problems its validation found, before --lenient judged them
 * @param register    whether it is the edition's shared register
 * @param publishable valid (or readable, with --lenient) and not clashing with another document's id
 * @param kept        the source is broken now and this is its last good version, from the previous build's
 *                    copy in site/tei/ ({@code file} is that copy): its pages stay published
 */
record Document(Path file, String relative, Tree tree, String hash, DocumentFacts facts, List<Problem> checked,
        boolean register, boolean publishable, boolean kept) {
    String id() {
        return facts.id();
    }

    XdmNode node() {
        return tree.get();
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
