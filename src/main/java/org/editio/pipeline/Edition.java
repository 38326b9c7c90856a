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

    /**
     * The date PDFs are stamped with, from the project and never the clock, so that builds are
     * reproducible: SOURCE_DATE_EPOCH when set, else the edition's date, else 1 January 2000.
     */
    java.time.Instant created() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d+")) {
            return java.time.Instant.ofEpochSecond(Long.parseLong(epoch));
        }
        try {
            return java.time.LocalDate.parse(date).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return java.time.Instant.parse("2000-01-01T00:00:00Z");
        }
    }
}
