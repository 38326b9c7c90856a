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
 * threads; {@link #newValidator} gives a validator for one document.
 */
final class RngSchema {
    private final Schema schema;

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

    Validator newValidator(ErrorHandler errors) {
        PropertyMapBuilder props = new PropertyMapBuilder();
        props.put(ValidateProperty.ERROR_HANDLER, errors);
        return schema.createValidator(props.toPropertyMap());
    }
}
