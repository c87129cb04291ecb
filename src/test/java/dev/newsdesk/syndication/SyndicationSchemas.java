package dev.newsdesk.syndication;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The published schemas, from src/test/resources/syndication: Atom's RELAX NG grammar (RFC 4287 Appendix B) run by
 * jing, and the sitemaps.org and Google News XSDs run by the JDK. Each check returns every error, empty when valid.
 */
final class SyndicationSchemas {

    private SyndicationSchemas() {
    }

    static List<String> atomErrors(byte[] document) {
        List<String> errors = new ArrayList<>();
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collecting(errors));
        ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
        try {
            if (!driver.loadSchema(new InputSource(resource("atom.rnc").toExternalForm()))) {
                throw new IllegalStateException("atom.rnc did not load: " + errors);
            }
            driver.validate(new InputSource(new ByteArrayInputStream(document)));
        } catch (SAXException e) {
            errors.add(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return errors;
    }

    /** A urlset, news elements included: sitemap.xsd validates them strictly through sitemap-news.xsd. */
    static List<String> urlsetErrors(byte[] document) {
        return xsdErrors(document, "sitemap.xsd", "sitemap-news.xsd", "xhtml-link.xsd");
    }

    static List<String> indexErrors(byte[] document) {
        return xsdErrors(document, "siteindex.xsd");
    }

    private static List<String> xsdErrors(byte[] document, String... schemas) {
        List<String> errors = new ArrayList<>();
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            Source[] sources = new Source[schemas.length];
            for (int i = 0; i < schemas.length; i++) {
                sources[i] = new StreamSource(resource(schemas[i]).toExternalForm());
            }
            Schema schema = factory.newSchema(sources);
            Validator validator = schema.newValidator();
            validator.setErrorHandler(collecting(errors));
            validator.validate(new StreamSource(new ByteArrayInputStream(document)));
        } catch (SAXException e) {
            errors.add(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return errors;
    }

    private static URL resource(String name) {
        URL url = SyndicationSchemas.class.getResource("/syndication/" + name);
        if (url == null) {
            throw new IllegalStateException("missing test resource syndication/" + name);
        }
        return url;
    }

    private static ErrorHandler collecting(List<String> errors) {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings are not violations
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }
        };
    }
}
