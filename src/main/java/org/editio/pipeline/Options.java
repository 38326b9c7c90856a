package org.editio.pipeline;

/**
 * What a build makes and how strictly it judges.
 *
 * @param lenient publish every readable TEI document; schema problems become warnings
 * @param html    make the HTML site
 * @param pdf     make the PDFs
 * @param siteUrl  the absolute URL the site will be served from (for the sitemap and citations), or empty
 * @param pageSize the PDFs' paper: {@code A4} or {@code Letter}
 * @param maxProblems problems listed per document (0: all)
 */
public record Options(boolean lenient, boolean html, boolean pdf, String siteUrl, String pageSize, int maxProblems) {
    public Options(boolean lenient, boolean html, boolean pdf) {
        this(lenient, html, pdf, "", "A4", org.editio.validate.Validation.DEFAULT_LIMIT);
    }

    public Options(boolean lenient, boolean html, boolean pdf, String siteUrl, String pageSize) {
        this(lenient, html, pdf, siteUrl, pageSize, org.editio.validate.Validation.DEFAULT_LIMIT);
    }

    public static Options all(boolean lenient) {
        return new Options(lenient, true, true);
    }
}
