package org.editio.transform;

import java.nio.file.Path;
import java.util.function.Consumer;
import net.sf.saxon.s9api.Message;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.editio.problem.Problem;
import org.editio.problem.Severity;
import org.editio.xml.Xml;

/**
 * Turns the stylesheets' {@code xsl:message}s into located problems. A message whose content is an
 * {@code editio:problem} element names its code, severity and the source node's {@code path()}; any other
 * message becomes a warning at the document. One instance per transformation.
 */
final class MessageRouter implements Consumer<Message> {
    static final String NS = "urn:editio";

    private final Xml xml;
    private final Path file;
    private final XdmNode source;
    private final Consumer<Problem> sink;

    MessageRouter(Xml xml, Path file, XdmNode source, Consumer<Problem> sink) {
        this.xml = xml;
        this.file = file;
        this.source = source;
        this.sink = sink;
    }

    @Override
    public void accept(Message m) {
        XdmNode content = m.getContent();
        for (XdmNode child : content.children()) {
            if (child.getNodeKind() == XdmNodeKind.ELEMENT && NS.equals(child.getNodeName().getNamespace())
                    && "problem".equals(child.getNodeName().getLocalName())) {
                int[] lc = xml.locate(source, child.getAttributeValue(new QName("path")));
                String code = child.getAttributeValue(new QName("code"));
                Severity sev = "error".equals(child.getAttributeValue(new QName("severity"))) ? Severity.ERROR : Severity.WARNING;
                sink.accept(new Problem(sev, code == null ? "stylesheet" : code,
                        child.getStringValue().strip().replaceAll("\\s+", " "), file, lc[0], lc[1]));
                return;
            }
        }
        sink.accept(Problem.warning("stylesheet-message", content.getStringValue().strip(), file, 0, 0));
    }
}
