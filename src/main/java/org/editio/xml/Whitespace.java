package org.editio.xml;

import net.sf.saxon.om.NoElementsSpaceStrippingRule;
import net.sf.saxon.om.SpaceStrippingRule;
import net.sf.saxon.s9api.XsltExecutable;

/**
 * Which whitespace-only text nodes a tree is built without: none ({@link #KEEP}), or those a compiled
 * stylesheet's {@code xsl:strip-space} removes. A tree built with a stylesheet's rule is marked with it,
 * and Saxon then transforms that tree as it is; any other tree it wraps in a stripping view, node by node,
 * at every step of every path (measured: about a tenth of the pages' transform). Immutable.
 */
public final class Whitespace {
    /** Every text node kept, as the source has it. */
    public static final Whitespace KEEP = new Whitespace(null);

    private final SpaceStrippingRule rule;

    private Whitespace(SpaceStrippingRule rule) {
        this.rule = rule;
    }

    /** The rule of {@code stylesheet}'s {@code xsl:strip-space} (the very object its transforms compare with). */
    public static Whitespace of(XsltExecutable stylesheet) {
        SpaceStrippingRule r = stylesheet.getUnderlyingCompiledStylesheet().getTopLevelPackage().getSpaceStrippingRule();
        return r == null || r == NoElementsSpaceStrippingRule.getInstance() ? KEEP : new Whitespace(r);
    }

    /** Null when nothing is stripped. */
    SpaceStrippingRule rule() {
        return rule;
    }
}
