package dev.newsdesk.syndication;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A UTF-8 XML document written with the JDK's streaming writer, which escapes text and attribute values. Small
 * helpers keep the feed and sitemap writers readable: one line per element.
 */
final class XmlDocument implements AutoCloseable {

    // The JDK's own implementation, whatever StAX provider a dependency might bring along.
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final XMLStreamWriter xml;

    private XmlDocument(OutputStream out) {
        try {
            this.xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("XML writer could not start", e);
        }
    }

    static XmlDocument to(OutputStream out) {
        return new XmlDocument(out);
    }

    /** Writes a document into memory and returns its bytes. */
    static byte[] bytes(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try (XmlDocument doc = to(out)) {
            body.write(doc);
        }
        return out.toByteArray();
    }

    interface Body {
        void write(XmlDocument doc);
    }

    XmlDocument start(String name) {
        return run(() -> xml.writeStartElement(name));
    }

    XmlDocument start(String prefix, String name, String namespace) {
        return run(() -> xml.writeStartElement(prefix, name, namespace));
    }

    /** The root element's default namespace and prefixed ones, right after {@link #start}. */
    XmlDocument defaultNamespace(String namespace) {
        return run(() -> xml.writeDefaultNamespace(namespace));
    }

    XmlDocument namespace(String prefix, String namespace) {
        return run(() -> xml.writeNamespace(prefix, namespace));
    }

    XmlDocument attribute(String name, String value) {
        return value == null ? this : run(() -> xml.writeAttribute(name, value));
    }

    XmlDocument attribute(String prefix, String namespace, String name, String value) {
        return value == null ? this : run(() -> xml.writeAttribute(prefix, namespace, name, value));
    }

    XmlDocument text(String text) {
        return run(() -> xml.writeCharacters(text));
    }

    XmlDocument end() {
        return run(xml::writeEndElement);
    }

    /** {@code <name>text</name>}, or nothing when the text is null. */
    XmlDocument element(String name, String text) {
        return text == null ? this : start(name).text(text).end();
    }

    XmlDocument element(String prefix, String name, String namespace, String text) {
        return text == null ? this : start(prefix, name, namespace).text(text).end();
    }

    /** An element without content: {@code <link rel="self" href="..."/>}, attributes given as name, value pairs. */
    XmlDocument empty(String name, String... attributes) {
        run(() -> xml.writeEmptyElement(name));
        for (int i = 0; i < attributes.length; i += 2) {
            attribute(attributes[i], attributes[i + 1]);
        }
        return this;
    }

    XmlDocument emptyIn(String prefix, String name, String namespace, String... attributes) {
        run(() -> xml.writeEmptyElement(prefix, name, namespace));
        for (int i = 0; i < attributes.length; i += 2) {
            attribute(attributes[i], attributes[i + 1]);
        }
        return this;
    }

    void flush() {
        run(xml::flush);
    }

    @Override
    public void close() {
        run(() -> {
            xml.writeEndDocument();
            xml.close();
        });
    }

    private interface XmlStep {
        void run() throws XMLStreamException;
    }

    private XmlDocument run(XmlStep step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("XML could not be written", e);
        }
        return this;
    }
}
