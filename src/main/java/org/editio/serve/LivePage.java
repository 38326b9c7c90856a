package org.editio.serve;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an HTML page becomes when served by {@code editio serve} (never on disk): the live-reload script
 * {@link #SCRIPT} is linked before {@code </head>}, and the page's Content-Security-Policy allows it to
 * connect to this server ({@code connect-src 'self'}); scripts and styles from 'self' are allowed already.
 * Stateless.
 */
final class LivePage {
    static final String SCRIPT = "/_editio/live.js";
    private static final Pattern CSP = Pattern.compile(
            "(<meta\\s+http-equiv=\"Content-Security-Policy\"\\s+content=\")([^\"]*)(\")", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEAD_END = Pattern.compile("</head\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONNECT = Pattern.compile("(^|;)\\s*connect-src([^;]*)");

    private LivePage() {
    }

    static byte[] of(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        Matcher csp = CSP.matcher(page);
        if (csp.find()) {
            page = page.substring(0, csp.start()) + csp.group(1) + allowConnect(csp.group(2)) + csp.group(3)
                    + page.substring(csp.end());
        }
        Matcher head = HEAD_END.matcher(page);
        if (head.find()) {
            page = page.substring(0, head.start()) + "<script src=\"" + SCRIPT + "\" defer></script>" + page.substring(head.start());
        }
        return page.getBytes(StandardCharsets.UTF_8);
    }

    /** The policy with 'self' among the sources of connect-src. */
    static String allowConnect(String policy) {
        Matcher m = CONNECT.matcher(policy);
        if (!m.find()) {
            return policy.strip().replaceFirst(";?$", "; connect-src 'self'");
        }
        String sources = m.group(2);
        if (sources.contains("'self'")) {
            return policy;
        }
        String fixed = sources.strip().equals("'none'") ? " 'self'" : sources.stripTrailing() + " 'self'";
        return policy.substring(0, m.start(2)) + fixed + policy.substring(m.end(2));
    }
}
