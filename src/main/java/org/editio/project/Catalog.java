package org.editio.project;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import org.editio.problem.SetupException;
import org.editio.xml.Xml;
import org.xmlresolver.CatalogManager;
import org.xmlresolver.ResolverFeature;
import org.xmlresolver.XMLResolverConfiguration;
import org.xmlresolver.catalog.entry.EntryCatalog;
import org.xmlresolver.loaders.XmlLoader;

/**
 * A chain of OASIS XML catalogs (xmlresolver, as shipped with Saxon) that maps the edition's canonical
 * URIs to local files, the same way oXygen and VS Code do with schemas/catalog.xml. Only the catalog
 * files given are read: no system properties, no xmlresolver.properties, no catalogs from the class
 * path, and no catalog or mapped resource outside {@code file:} and {@code jar:}. Immutable after
 * construction; used on one thread.
 */
final class Catalog {
    /** Canonical URI of the edition's RelaxNG schema (the xml-model href of every TEI file). */
    static final String RELAXNG = "urn:x-editio:schema:editio.rng";
    /** Canonical URI of the edition's Schematron rules. */
    static final String SCHEMATRON = "urn:x-editio:schema:editio.sch";

    private final List<URL> files;
    private final CatalogManager manager;

    private Catalog(List<URL> files) {
        this.files = List.copyOf(files);
        List<String> uris = files.stream().map(URL::toExternalForm).toList();
        XMLResolverConfiguration config = new XMLResolverConfiguration(List.of(), uris);
        config.setFeature(ResolverFeature.CATALOG_FILES, uris);
        config.setFeature(ResolverFeature.CLASSPATH_CATALOGS, false);
        config.setFeature(ResolverFeature.PREFER_PROPERTY_FILE, false);
        config.setFeature(ResolverFeature.ALLOW_CATALOG_PI, false);
        config.setFeature(ResolverFeature.ARCHIVED_CATALOGS, false);
        config.setFeature(ResolverFeature.MASK_JAR_URIS, false);
        config.setFeature(ResolverFeature.URI_FOR_SYSTEM, true);
        config.setFeature(ResolverFeature.XMLREADER_SUPPLIER, Xml::newReader);
        manager = config.getFeature(ResolverFeature.CATALOG_MANAGER);
        manager.setCatalogLoader(new LocalLoader(config));
    }

    /** The catalogs in the order they are consulted (e.g. the project's, then the jar's). */
    static Catalog of(List<URL> files) {
        return new Catalog(files);
    }

    List<URL> files() {
        return files;
    }

    /**
     * The local file the catalogs map {@code canonical} to, or null when none maps it.
     *
     * @throws SetupException when the mapping leads outside {@code file:} and {@code jar:}
     */
    URL lookup(String canonical) {
        URI found = manager.lookupURI(canonical);
        if (found == null) {
            found = manager.lookupSystem(canonical);
        }
        if (found == null) {
            return null;
        }
        if (!isLocal(found.toString())) {
            throw new SetupException("the XML catalog maps " + canonical + " to " + found
                    + ": Editio reads only local files (catalogs " + files + ")");
        }
        try {
            return found.toURL();
        } catch (MalformedURLException e) {
            throw new SetupException("the XML catalog maps " + canonical + " to a bad URI " + found, e);
        }
    }

    static boolean isLocal(String uri) {
        String s = uri.toLowerCase(Locale.ROOT);
        return s.startsWith("file:") || s.startsWith("jar:");
    }

    /** Reads catalogs only from {@code file:} and {@code jar:} (also those named by nextCatalog). */
    private static final class LocalLoader extends XmlLoader {
        LocalLoader(XMLResolverConfiguration config) {
            super(config);
        }

        @Override
        public EntryCatalog loadCatalog(URI catalog) {
            if (!isLocal(catalog.toString())) {
                throw new SetupException("Editio reads only local XML catalogs; refused " + catalog);
            }
            return super.loadCatalog(catalog);
        }
    }
}
