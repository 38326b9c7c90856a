package org.editio.pipeline;

import java.nio.file.Path;
import net.sf.saxon.s9api.XdmNode;

/**
 * A validated source and what the pipeline knows of it. Immutable.
 *
 * @param relative    its path below tei/, with '/' separators
 * @param register    whether it is the edition's shared register
 * @param publishable valid (or readable, with --lenient) and not clashing with another document's id
 */
record Document(Path file, String relative, XdmNode node, DocumentFacts facts, boolean register, boolean publishable) {
    String id() {
        return facts.id();
    }
}
