package org.editio.pipeline;

/**
 * The edition-wide facts every page shows, read from the register's header (never from the clock).
 *
 * @param siteUrl the absolute URL the site is published at, or empty
 */
record Edition(String title, String version, String date, String siteUrl) {
    static Edition of(Document register, String siteUrl) {
        String url = siteUrl == null ? "" : siteUrl.endsWith("/") || siteUrl.isEmpty() ? siteUrl : siteUrl + "/";
        if (register == null) {
            return new Edition("Editio edition", Version.VALUE, "", url);
        }
        DocumentFacts f = register.facts();
        return new Edition(f.editionTitle().isEmpty() ? "Editio edition" : f.editionTitle(),
                f.editionVersion().isEmpty() ? Version.VALUE : f.editionVersion(), f.editionDate(), url);
    }
}
