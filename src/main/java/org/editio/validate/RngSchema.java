package org.editio.validate;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.IncorrectSchemaException;
import com.thaiopensource.validate.Schema;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.Validator;
import com.thaiopensource.validate.prop.rng.RngProperty;
import com.thaiopensource.validate.rng.SAXSchemaReader;
import java.io.IOException;
import java.net.URL;
import org.editio.problem.SetupException;
import org.editio.xml.Xml;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A RelaxNG schema (XML syntax) compiled once by Jing. The {@link Schema} is immutable and shared by all
 * threads; {@link #validator} gives a thread the validator for its next document.
 *
 * <p>Each thread keeps one validator and resets it between documents instead of making a new one: Jing
 * memoises, per validator, the derivatives of the schema's patterns and the recovery patterns it builds
 * after an error, and a new validator starts with empty tables. Measured on the 4,420 Schnitzler letters
 * (docs/benchmarks.md). A kept validator is replaced after {@link #RENEW_AFTER} documents, so that the tables
 * of a long {@code editio serve} cannot grow without end.
 */
final class RngSchema {
    /** Documents a kept validator checks before a new one replaces it. */
    static final int RENEW_AFTER = 2_000;

    private final Schema schema;
    private final ThreadLocal<Kept> kept = new ThreadLocal<>();

    /** A thread's validator, the handler its errors go to (switched per document) and its use count. */
    private static final class Kept {
        final Handover errors = new Handover();
        final Validator validator;
        int uses;

        Kept(Schema schema) {
            PropertyMapBuilder props = new PropertyMapBuilder();
            props.put(ValidateProperty.ERROR_HANDLER, errors);
            validator = schema.createValidator(props.toPropertyMap());
        }
    }

    /** Passes Jing's errors to the current document's handler. */
    private static final class Handover implements ErrorHandler {
        ErrorHandler target;

        @Override
        public void warning(SAXParseException e) throws SAXException {
            target.warning(e);
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            target.error(e);
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            target.fatalError(e);
        }
    }

    private RngSchema(Schema schema) {
        this.schema = schema;
    }

    static RngSchema load(URL rng) {
        StringBuilder errors = new StringBuilder();
        ErrorHandler eh = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.append(e.getSystemId()).append(':').append(e.getLineNumber()).append(':')
                        .append(e.getColumnNumber()).append(": ").append(e.getMessage()).append('\n');
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        PropertyMapBuilder props = new PropertyMapBuilder();
        props.put(ValidateProperty.ERROR_HANDLER, eh);
        props.put(ValidateProperty.XML_READER_CREATOR, Xml::newReader);
        RngProperty.CHECK_ID_IDREF.add(props);
        try {
            InputSource in = new InputSource(rng.toExternalForm());
            Schema s = SAXSchemaReader.getInstance().createSchema(in, props.toPropertyMap());
            return new RngSchema(s);
        } catch (IOException | SAXException | IncorrectSchemaException e) {
            throw new SetupException("cannot load the RelaxNG schema " + rng + ": " + errors + e.getMessage(), e);
        }
    }

    /**
     * The calling thread's validator, reset to the start of a document, its errors going to {@code errors}.
     * Valid until the thread asks for the next one: one document at a time per thread.
     */
    Validator validator(ErrorHandler errors) {
        Kept k = kept.get();
        if (k == null || k.uses >= RENEW_AFTER) {
            k = new Kept(schema);
            kept.set(k);
        }
        k.uses++;
        k.validator.reset();
        k.errors.target = errors;
        return k.validator;
    }
}
