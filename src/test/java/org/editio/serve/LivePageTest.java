package org.editio.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The page as served: the script before {@code </head>}, and a policy that lets it connect back. */
class LivePageTest {
    @Test
    void addsConnectSelfToThePolicy() {
        assertEquals("default-src 'none'; script-src 'self'; connect-src 'self'", LivePage.allowConnect("default-src 'none'; script-src 'self'"));
        assertEquals("default-src 'none'; connect-src 'self'", LivePage.allowConnect("default-src 'none'; connect-src 'none'"));
        assertEquals("connect-src https://a.example 'self'; img-src 'self'", LivePage.allowConnect("connect-src https://a.example; img-src 'self'"));
        assertEquals("connect-src 'self'; worker-src 'self'", LivePage.allowConnect("connect-src 'self'; worker-src 'self'"));
    }

    @Test
    void linksTheScriptInTheHead() {
        String page = "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self'\">"
                + "<title>t</title></head><body><p>&lt;/head&gt;</p></body></html>";
        String served = new String(LivePage.of(page.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        assertEquals("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self'; connect-src 'self'\">"
                + "<title>t</title><script src=\"/_editio/live.js\" defer></script></head><body><p>&lt;/head&gt;</p></body></html>", served);
    }

    @Test
    void typesThePagefindIndex() {
        assertEquals("application/octet-stream", ContentTypes.of("pagefind.en_9bd54927b9.pf_meta"));
        assertEquals("application/octet-stream", ContentTypes.of("en_1a2b.pf_fragment"));
        assertEquals("application/octet-stream", ContentTypes.of("wasm.en.pagefind"));
        assertEquals("application/wasm", ContentTypes.of("x.wasm"));
        assertEquals("font/woff2", ContentTypes.of("f.woff2"));
        assertEquals("text/javascript; charset=utf-8", ContentTypes.of("pagefind.js"));
        assertEquals("image/svg+xml", ContentTypes.of("favicon.svg"));
        assertEquals("application/pdf", ContentTypes.of("edition.pdf"));
    }
}
