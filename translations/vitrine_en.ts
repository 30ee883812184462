<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>vitrine::CatalogueJson</name>
    <message>
        <source>%1: a product has no SKU</source>
        <translation>%1: a product has no SKU</translation>
    </message>
    <message>
        <source>%1: product “%2” has no valid price</source>
        <translation>%1: product “%2” has no valid price</translation>
    </message>
    <message>
        <source>products[%1]: SKU “%2” appears twice</source>
        <translation>products[%1]: SKU “%2” appears twice</translation>
    </message>
</context>
<context>
    <name>vitrine::CatalogueMerge</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1: price %2 → %3</source>
        <translation>%1: price %2 → %3</translation>
    </message>
    <message>
        <source>%1: stock %2 → %3</source>
        <translation>%1: stock %2 → %3</translation>
    </message>
    <message>
        <source>%1: back in stock</source>
        <translation>%1: back in stock</translation>
    </message>
    <message>
        <source>%1: no longer available</source>
        <translation>%1: no longer available</translation>
    </message>
    <message>
        <source>%1: details updated</source>
        <translation>%1: details updated</translation>
    </message>
</context>
<context>
    <name>vitrine::CommandLine</name>
    <message>
        <source>Run the show without a window.</source>
        <translation>Run the show without a window.</translation>
    </message>
    <message>
        <source>The show file to run.</source>
        <translation>The show file to run.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Stream to an RTMP(S) ingest: rtmp://HOST[:PORT]/APP/KEY.</source>
        <translation>Stream to an RTMP(S) ingest: rtmp://HOST[:PORT]/APP/KEY.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Record to a file (MKV recommended: recoverable after a crash).</source>
        <translation>Record to a file (MKV recommended: recoverable after a crash).</translation>
    </message>
    <message>
        <source>Stop after SECONDS once outputs run (default: until Ctrl+C).</source>
        <translation>Stop after SECONDS once outputs run (default: until Ctrl+C).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Canvas size, e.g. 1280x720 or 1080x1920 (vertical).</source>
        <translation>Canvas size, e.g. 1280x720 or 1080x1920 (vertical).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>Frames per second (default 30).</source>
        <translation>Frames per second (default 30).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Video bitrate in kbps (default 2500).</source>
        <translation>Video bitrate in kbps (default 2500).</translation>
    </message>
    <message>
        <source>KBPS</source>
        <translation>KBPS</translation>
    </message>
    <message>
        <source>Print libobs's own log.</source>
        <translation>Print libobs's own log.</translation>
    </message>
    <message>
        <source>The show to open in the studio window.</source>
        <translation>The show to open in the studio window.</translation>
    </message>
    <message>
        <source>[SHOW]</source>
        <translation>[SHOW]</translation>
    </message>
    <message>
        <source>only one show can be opened at a time</source>
        <translation>only one show can be opened at a time</translation>
    </message>
    <message>
        <source>--headless needs a show: --show FILE</source>
        <translation>--headless needs a show: --show FILE</translation>
    </message>
    <message>
        <source>--duration needs a positive number of seconds, not “%1”</source>
        <translation>--duration needs a positive number of seconds, not “%1”</translation>
    </message>
    <message>
        <source>--canvas needs WIDTHxHEIGHT, e.g. 1280x720, not “%1”</source>
        <translation>--canvas needs WIDTHxHEIGHT, e.g. 1280x720, not “%1”</translation>
    </message>
    <message>
        <source>--fps needs a whole number from 1 to 120, not “%1”</source>
        <translation>--fps needs a whole number from 1 to 120, not “%1”</translation>
    </message>
    <message>
        <source>invalid canvas %1×%2 (sizes must be even, at least 16)</source>
        <translation>invalid canvas %1×%2 (sizes must be even, at least 16)</translation>
    </message>
    <message>
        <source>--bitrate needs kbps from 100 to 50000, not “%1”</source>
        <translation>--bitrate needs kbps from 100 to 50000, not “%1”</translation>
    </message>
    <message>
        <source>Vitrine Studio — a studio for live shopping shows.

  vitrine [SHOW]                 open the studio window, on SHOW if given
  vitrine --headless --show FILE [--stream rtmp://HOST[:PORT]/APP/KEY]
          [--record OUT.mkv] [--duration SECONDS]
                                 run a show without a window (automation, tests, benchmarks)

The headless runner still needs an X11 display (on a server: xvfb-run). It exits 0 when the run went
as asked and prints the run's figures as key=value pairs on its last line of standard output:
frames_rendered, frames_lagged, frames_skipped, frames_dropped, bytes_sent, cpu_seconds (whole process),
run_cpu_seconds (while outputs ran), peak_rss_kib, duration_seconds, avg_render_ms.
Errors go to standard error; fatal errors exit 2.</source>
        <translation>Vitrine Studio — a studio for live shopping shows.

  vitrine [SHOW]                 open the studio window, on SHOW if given
  vitrine --headless --show FILE [--stream rtmp://HOST[:PORT]/APP/KEY]
          [--record OUT.mkv] [--duration SECONDS]
                                 run a show without a window (automation, tests, benchmarks)

The headless runner still needs an X11 display (on a server: xvfb-run). It exits 0 when the run went
as asked and prints the run's figures as key=value pairs on its last line of standard output:
frames_rendered, frames_lagged, frames_skipped, frames_dropped, bytes_sent, cpu_seconds (whole process),
run_cpu_seconds (while outputs ran), peak_rss_kib, duration_seconds, avg_render_ms.
Errors go to standard error; fatal errors exit 2.</translation>
    </message>
</context>
<context>
    <name>vitrine::CsvProductImporter</name>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>broken quoting: %1</source>
        <translation>broken quoting: %1</translation>
    </message>
    <message>
        <source>broken quoting in the header: %1</source>
        <translation>broken quoting in the header: %1</translation>
    </message>
    <message>
        <source>missing required column(s) for a Shopify export: %1</source>
        <translation>missing required column(s) for a Shopify export: %1</translation>
    </message>
    <message>
        <source>missing required column(s): %1 (a product file needs a SKU, a title and a price column)</source>
        <translation>missing required column(s): %1 (a product file needs a SKU, a title and a price column)</translation>
    </message>
    <message>
        <source>the column mapping names column %1, but the file has only %2</source>
        <translation>the column mapping names column %1, but the file has only %2</translation>
    </message>
    <message>
        <source>the file is not UTF-8; it was read as Windows-1252 (Excel's "CSV" on Windows): check accented letters</source>
        <translation>the file is not UTF-8; it was read as Windows-1252 (Excel's "CSV" on Windows): check accented letters</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>cannot open the file: %1</translation>
    </message>
    <message>
        <source> (line %1 of the file)</source>
        <translation> (line %1 of the file)</translation>
    </message>
    <message>
        <source>broken quoting: %1; row skipped</source>
        <translation>broken quoting: %1; row skipped</translation>
    </message>
    <message>
        <source> (the problem is on line %1 of the file)</source>
        <translation> (the problem is on line %1 of the file)</translation>
    </message>
    <message>
        <source>this row has %1 fields where the header has %2; row skipped</source>
        <translation>this row has %1 fields where the header has %2; row skipped</translation>
    </message>
    <message>
        <source>this row has %1 fields where the header has %2 (an unquoted delimiter in a value?); row skipped</source>
        <translation>this row has %1 fields where the header has %2 (an unquoted delimiter in a value?); row skipped</translation>
    </message>
    <message>
        <source>the handle is empty; row skipped</source>
        <translation>the handle is empty; row skipped</translation>
    </message>
    <message>
        <source>the title is empty; row skipped</source>
        <translation>the title is empty; row skipped</translation>
    </message>
    <message>
        <source>the first row of "%1" has no title (or an earlier row of it was skipped); row skipped</source>
        <translation>the first row of "%1" has no title (or an earlier row of it was skipped); row skipped</translation>
    </message>
    <message>
        <source>the price is empty; row skipped</source>
        <translation>the price is empty; row skipped</translation>
    </message>
    <message>
        <source>the SKU is empty; row skipped</source>
        <translation>the SKU is empty; row skipped</translation>
    </message>
    <message>
        <source>duplicate SKU "%1" (first on row %2); this row is skipped</source>
        <translation>duplicate SKU "%1" (first on row %2); this row is skipped</translation>
    </message>
    <message>
        <source>the price "%1" is negative; row skipped</source>
        <translation>the price "%1" is negative; row skipped</translation>
    </message>
    <message>
        <source>"%1" is not a price; row skipped</source>
        <translation>"%1" is not a price; row skipped</translation>
    </message>
    <message>
        <source>"%1" is not a price; the compare-at price is ignored</source>
        <translation>"%1" is not a price; the compare-at price is ignored</translation>
    </message>
    <message>
        <source>"%1" is not a stock count; the stock is left unknown</source>
        <translation>"%1" is not a stock count; the stock is left unknown</translation>
    </message>
    <message>
        <source>the stock %1 is negative; read as 0</source>
        <translation>the stock %1 is negative; read as 0</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <source>Handle / group</source>
        <translation>Handle / group</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Compare-at price</source>
        <translation>Compare-at price</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Variant image</source>
        <translation>Variant image</translation>
    </message>
    <message>
        <source>Product URL</source>
        <translation>Product URL</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Option 1 name</source>
        <translation>Option 1 name</translation>
    </message>
    <message>
        <source>Option 1 value</source>
        <translation>Option 1 value</translation>
    </message>
    <message>
        <source>Option 2 name</source>
        <translation>Option 2 name</translation>
    </message>
    <message>
        <source>Option 2 value</source>
        <translation>Option 2 value</translation>
    </message>
    <message>
        <source>Option 3 name</source>
        <translation>Option 3 name</translation>
    </message>
    <message>
        <source>Option 3 value</source>
        <translation>Option 3 value</translation>
    </message>
</context>
<context>
    <name>vitrine::CsvReader</name>
    <message>
        <source>a quoted field opened here is never closed (missing '"')</source>
        <translation>a quoted field opened here is never closed (missing '"')</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote (a '"' inside a quoted field must be doubled)</source>
        <translation>unexpected text after a closing quote (a '"' inside a quoted field must be doubled)</translation>
    </message>
    <message>
        <source>a '"' inside a field that does not start with one (the field should be quoted and its quotes doubled)</source>
        <translation>a '"' inside a field that does not start with one (the field should be quoted and its quotes doubled)</translation>
    </message>
</context>
<context>
    <name>vitrine::EncoderSet</name>
    <message>
        <source>the x264 encoder is not available (is the obs-x264 module installed?)</source>
        <translation>the x264 encoder is not available (is the obs-x264 module installed?)</translation>
    </message>
    <message>
        <source>the AAC encoder is not available (is the obs-ffmpeg module installed?)</source>
        <translation>the AAC encoder is not available (is the obs-ffmpeg module installed?)</translation>
    </message>
</context>
<context>
    <name>vitrine::Engine</name>
    <message>
        <source>the graphics adapter does not support the video settings</source>
        <translation>the graphics adapter does not support the video settings</translation>
    </message>
    <message>
        <source>invalid video settings</source>
        <translation>invalid video settings</translation>
    </message>
    <message>
        <source>video is in use by an active output</source>
        <translation>video is in use by an active output</translation>
    </message>
    <message>
        <source>the graphics module libobs-opengl was not found</source>
        <translation>the graphics module libobs-opengl was not found</translation>
    </message>
    <message>
        <source>graphics initialisation failed (is Mesa's OpenGL installed?)</source>
        <translation>graphics initialisation failed (is Mesa's OpenGL installed?)</translation>
    </message>
    <message>
        <source>invalid canvas %1×%2 at %3 fps (sizes must be even, at least 16)</source>
        <translation>invalid canvas %1×%2 at %3 fps (sizes must be even, at least 16)</translation>
    </message>
    <message>
        <source>no X11 or Wayland display: libobs needs one even without a window (on a server, run under xvfb-run)</source>
        <translation>no X11 or Wayland display: libobs needs one even without a window (on a server, run under xvfb-run)</translation>
    </message>
    <message>
        <source>libobs failed to start</source>
        <translation>libobs failed to start</translation>
    </message>
    <message>
        <source>audio initialisation failed</source>
        <translation>audio initialisation failed</translation>
    </message>
    <message>
        <source>could not set up video %1×%2 at %3 fps: %4</source>
        <translation>could not set up video %1×%2 at %3 fps: %4</translation>
    </message>
</context>
<context>
    <name>vitrine::EventLog</name>
    <message>
        <source>cannot write the show's event log %1: %2</source>
        <translation>cannot write the show's event log %1: %2</translation>
    </message>
</context>
<context>
    <name>vitrine::HeadlessRunner</name>
    <message>
        <source>cannot record to %1: the folder %2 does not exist</source>
        <translation>cannot record to %1: the folder %2 does not exist</translation>
    </message>
    <message>
        <source>no X11 display%1: libobs needs one even without a window; on a server, run under xvfb-run (Wayland sessions provide one through XWayland)</source>
        <translation>no X11 display%1: libobs needs one even without a window; on a server, run under xvfb-run (Wayland sessions provide one through XWayland)</translation>
    </message>
    <message>
        <source>%1: connection lost, reconnecting</source>
        <translation>%1: connection lost, reconnecting</translation>
    </message>
    <message>
        <source>outputs did not start within %1 s</source>
        <translation>outputs did not start within %1 s</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>output</source>
        <translation>output</translation>
    </message>
    <message>
        <source>outputs did not stop within 15 s; stopping them forcibly</source>
        <translation>outputs did not stop within 15 s; stopping them forcibly</translation>
    </message>
    <message>
        <source> (cannot open “%1”)</source>
        <translation> (cannot open “%1”)</translation>
    </message>
</context>
<context>
    <name>vitrine::MainWindow</name>
    <message>
        <source>Vitrine Studio</source>
        <translation>Vitrine Studio</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>Scenes</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Controls</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Cannot open the show</source>
        <translation>Cannot open the show</translation>
    </message>
    <message>
        <source>%1 — Vitrine Studio</source>
        <translation>%1 — Vitrine Studio</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>Recording to %1</source>
        <translation>Recording to %1</translation>
    </message>
    <message>
        <source>Recording stopped</source>
        <translation>Recording stopped</translation>
    </message>
    <message>
        <source>Render %1 ms · lagged %2 of %3 frames</source>
        <translation>Render %1 ms · lagged %2 of %3 frames</translation>
    </message>
    <message>
        <source>Stop recording?</source>
        <translation>Stop recording?</translation>
    </message>
    <message>
        <source>A recording is running. Stop it and quit?</source>
        <translation>A recording is running. Stop it and quit?</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Restore the live state?</source>
        <translation>Restore the live state?</translation>
    </message>
    <message>
        <source>Vitrine did not close properly last time. Restore the pinned product, the running promo code and the run-of-show position?</source>
        <translation>Vitrine did not close properly last time. Restore the pinned product, the running promo code and the run-of-show position?</translation>
    </message>
    <message>
        <source>Import catalogue…</source>
        <translation>Import catalogue…</translation>
    </message>
    <message>
        <source>Import products from a CSV, a Shopify products.json or a Google Merchant feed</source>
        <translation>Import products from a CSV, a Shopify products.json or a Google Merchant feed</translation>
    </message>
    <message>
        <source>Import a catalogue</source>
        <translation>Import a catalogue</translation>
    </message>
    <message>
        <source>Catalogues (*.csv *.json *.xml *.rss *.atom);;All files (*)</source>
        <translation>Catalogues (*.csv *.json *.xml *.rss *.atom);;All files (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nothing to import</translation>
    </message>
    <message>
        <source>No product could be read from %1.</source>
        <translation>No product could be read from %1.</translation>
    </message>
    <message>
        <source>Import the catalogue?</source>
        <translation>Import the catalogue?</translation>
    </message>
    <message>
        <source>%1 products read from %2: %3 new, %4 updated, %5 unchanged; %6 in the show but not in the file (kept).
%7 errors, %8 warnings.</source>
        <translation>%1 products read from %2: %3 new, %4 updated, %5 unchanged; %6 in the show but not in the file (kept).
%7 errors, %8 warnings.</translation>
    </message>
    <message numerus="yes">
        <source>Catalogue imported: %n products</source>
        <translation><numerusform>Catalogue imported: %n products</numerusform><numerusform>Catalogue imported: %n products</numerusform></translation>
    </message>
</context>
<context>
    <name>vitrine::MerchantFeedImporter</name>
    <message>
        <source>cannot read the feed %1: %2</source>
        <translation>cannot read the feed %1: %2</translation>
    </message>
    <message>
        <source>cannot open the feed %1: %2</source>
        <translation>cannot open the feed %1: %2</translation>
    </message>
    <message>
        <source>cannot fetch the feed "%1": only http, https and file URLs are read</source>
        <translation>cannot fetch the feed "%1": only http, https and file URLs are read</translation>
    </message>
    <message>
        <source>cannot fetch the feed from %1: the server answered HTTP %2 %3</source>
        <translation>cannot fetch the feed from %1: the server answered HTTP %2 %3</translation>
    </message>
    <message>
        <source>cannot fetch the feed from %1: no data for %2 s (%3)</source>
        <translation>cannot fetch the feed from %1: no data for %2 s (%3)</translation>
    </message>
    <message>
        <source>cannot fetch the feed from %1: %2</source>
        <translation>cannot fetch the feed from %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>; the transfer stopped after %n product(s), which are kept</source>
        <translation>
            <numerusform>; the transfer stopped after %n product(s), which are kept</numerusform>
            <numerusform>; the transfer stopped after %n product(s), which are kept</numerusform>
        </translation>
    </message>
    <message>
        <source>the feed is empty or holds no XML element</source>
        <translation>the feed is empty or holds no XML element</translation>
    </message>
    <message numerus="yes">
        <source>the feed ends before its XML is complete (a truncated file or an interrupted transfer) at line %1; the %n product(s) read before are kept</source>
        <translation>
            <numerusform>the feed ends before its XML is complete (a truncated file or an interrupted transfer) at line %1; the %n product(s) read before are kept</numerusform>
            <numerusform>the feed ends before its XML is complete (a truncated file or an interrupted transfer) at line %1; the %n product(s) read before are kept</numerusform>
        </translation>
    </message>
    <message>
        <source>the feed ends inside a UTF-8 character</source>
        <translation>the feed ends inside a UTF-8 character</translation>
    </message>
    <message numerus="yes">
        <source>invalid UTF-8 at line %1 (byte 0x%2): the feed is declared UTF-8 or declares no encoding, which means UTF-8; import stopped there, the %n product(s) read before are kept</source>
        <translation>
            <numerusform>invalid UTF-8 at line %1 (byte 0x%2): the feed is declared UTF-8 or declares no encoding, which means UTF-8; import stopped there, the %n product(s) read before are kept</numerusform>
            <numerusform>invalid UTF-8 at line %1 (byte 0x%2): the feed is declared UTF-8 or declares no encoding, which means UTF-8; import stopped there, the %n product(s) read before are kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the feed is not well-formed XML: %1 (line %2, column %3); import stopped there, the %n product(s) read before are kept</source>
        <translation>
            <numerusform>the feed is not well-formed XML: %1 (line %2, column %3); import stopped there, the %n product(s) read before are kept</numerusform>
            <numerusform>the feed is not well-formed XML: %1 (line %2, column %3); import stopped there, the %n product(s) read before are kept</numerusform>
        </translation>
    </message>
    <message>
        <source>not a Google Merchant feed: the document is &lt;%1&gt;, neither RSS 2.0 &lt;rss&gt; nor Atom &lt;feed&gt;</source>
        <translation>not a Google Merchant feed: the document is &lt;%1&gt;, neither RSS 2.0 &lt;rss&gt; nor Atom &lt;feed&gt;</translation>
    </message>
    <message>
        <source>longer than %1 characters; the rest is ignored</source>
        <translation>longer than %1 characters; the rest is ignored</translation>
    </message>
    <message>
        <source>an item without an id is skipped</source>
        <translation>an item without an id is skipped</translation>
    </message>
    <message>
        <source>duplicate id "%1" (first at line %2); this item is skipped</source>
        <translation>duplicate id "%1" (first at line %2); this item is skipped</translation>
    </message>
    <message>
        <source>item "%1" has no price; it is skipped</source>
        <translation>item "%1" has no price; it is skipped</translation>
    </message>
    <message>
        <source>"%1" is not a price (expected an amount and a currency such as "89.99 EUR"); item "%2" is skipped</source>
        <translation>"%1" is not a price (expected an amount and a currency such as "89.99 EUR"); item "%2" is skipped</translation>
    </message>
    <message>
        <source>unknown availability "%1" (expected in_stock, out_of_stock, preorder or backorder); item "%2" is taken as out of stock</source>
        <translation>unknown availability "%1" (expected in_stock, out_of_stock, preorder or backorder); item "%2" is taken as out of stock</translation>
    </message>
    <message>
        <source>"%1" is not a quantity; the stock of item "%2" is unknown</source>
        <translation>"%1" is not a quantity; the stock of item "%2" is unknown</translation>
    </message>
    <message>
        <source>item "%1" has no title; its id is used instead</source>
        <translation>item "%1" has no title; its id is used instead</translation>
    </message>
    <message>
        <source>id "%1" is also the item_group_id of other items; this item is skipped</source>
        <translation>id "%1" is also the item_group_id of other items; this item is skipped</translation>
    </message>
    <message>
        <source>group "%1" is also the id of another item; item "%2" is skipped</source>
        <translation>group "%1" is also the id of another item; item "%2" is skipped</translation>
    </message>
    <message>
        <source>"%1" is not a price; the sale price is ignored</source>
        <translation>"%1" is not a price; the sale price is ignored</translation>
    </message>
    <message>
        <source>the sale price is in %1 but the price in %2; the sale price is ignored</source>
        <translation>the sale price is in %1 but the price in %2; the sale price is ignored</translation>
    </message>
    <message>
        <source>"%1" is not a date range (expected start/end in ISO 8601, such as 2026-11-20T00:00+01:00/2026-11-30T23:59+01:00); the sale price is ignored</source>
        <translation>"%1" is not a date range (expected start/end in ISO 8601, such as 2026-11-20T00:00+01:00/2026-11-30T23:59+01:00); the sale price is ignored</translation>
    </message>
</context>
<context>
    <name>vitrine::OutputController</name>
    <message>
        <source>Stream to %1</source>
        <translation>Stream to %1</translation>
    </message>
    <message>
        <source>Recording to %1</source>
        <translation>Recording to %1</translation>
    </message>
    <message>
        <source>libobs could not create the output (is the module installed?)</source>
        <translation>libobs could not create the output (is the module installed?)</translation>
    </message>
    <message>
        <source>%1: libobs could not create the output</source>
        <translation>%1: libobs could not create the output</translation>
    </message>
    <message>
        <source>%1 could not start: %2</source>
        <translation>%1 could not start: %2</translation>
    </message>
    <message>
        <source>check the address and the encoders</source>
        <translation>check the address and the encoders</translation>
    </message>
    <message>
        <source>invalid address or path</source>
        <translation>invalid address or path</translation>
    </message>
    <message>
        <source>could not connect to the server</source>
        <translation>could not connect to the server</translation>
    </message>
    <message>
        <source>the server refused the stream key or application</source>
        <translation>the server refused the stream key or application</translation>
    </message>
    <message>
        <source>the connection to the server was lost</source>
        <translation>the connection to the server was lost</translation>
    </message>
    <message>
        <source>the format is not supported by the output</source>
        <translation>the format is not supported by the output</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>an encoder failed</source>
        <translation>an encoder failed</translation>
    </message>
    <message>
        <source>the output failed</source>
        <translation>the output failed</translation>
    </message>
</context>
<context>
    <name>vitrine::ProductListModel</name>
    <message>
        <source>Sold out</source>
        <translation>Sold out</translation>
    </message>
    <message>
        <source>Stock unknown</source>
        <translation>Stock unknown</translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n left</numerusform>
            <numerusform>%n left</numerusform>
        </translation>
    </message>
    <message>
        <source>In stock (%1)</source>
        <translation>In stock (%1)</translation>
    </message>
    <message>
        <source>%1%2
%3 · %4</source>
        <translation>%1%2
%3 · %4</translation>
    </message>
</context>
<context>
    <name>vitrine::ProductsDock</name>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Search products</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Pin</translation>
    </message>
    <message>
        <source>Show the selected product on air (Ctrl+P)</source>
        <translation>Show the selected product on air (Ctrl+P)</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Unpin</translation>
    </message>
    <message>
        <source>Promo code</source>
        <translation>Promo code</translation>
    </message>
    <message>
        <source>Run of show</source>
        <translation>Run of show</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Start the next segment and pin its product (Ctrl+N)</source>
        <translation>Start the next segment and pin its product (Ctrl+N)</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Sold out</translation>
    </message>
    <message>
        <source>“%1” is sold out. Promoting it on air will frustrate viewers. Pin it anyway?</source>
        <translation>“%1” is sold out. Promoting it on air will frustrate viewers. Pin it anyway?</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
</context>
<context>
    <name>vitrine::RtmpService</name>
    <message>
        <source>malformed stream URL “%1”: expected rtmp://HOST[:PORT]/APP/KEY</source>
        <translation>malformed stream URL “%1”: expected rtmp://HOST[:PORT]/APP/KEY</translation>
    </message>
    <message>
        <source>stream URL “%1” has no application and key: expected rtmp://HOST[:PORT]/APP/KEY</source>
        <translation>stream URL “%1” has no application and key: expected rtmp://HOST[:PORT]/APP/KEY</translation>
    </message>
</context>
<context>
    <name>vitrine::SceneCollection</name>
    <message>
        <source>a source has no name</source>
        <translation>a source has no name</translation>
    </message>
    <message>
        <source>two sources or scenes are named “%1”</source>
        <translation>two sources or scenes are named “%1”</translation>
    </message>
    <message>
        <source>a scene has no name</source>
        <translation>a scene has no name</translation>
    </message>
    <message>
        <source>scene “%1” shows “%2”, which is not a source of the show</source>
        <translation>scene “%1” shows “%2”, which is not a source of the show</translation>
    </message>
    <message>
        <source>global audio “%1” is not a source of the show</source>
        <translation>global audio “%1” is not a source of the show</translation>
    </message>
    <message>
        <source>the program scene “%1” does not exist</source>
        <translation>the program scene “%1” does not exist</translation>
    </message>
    <message>
        <source>source “%1” (sources[%2]) has an unknown kind “%3”; known kinds: color, image, text, media, camera, screen, gstreamer, microphone</source>
        <translation>source “%1” (sources[%2]) has an unknown kind “%3”; known kinds: color, image, text, media, camera, screen, gstreamer, microphone</translation>
    </message>
</context>
<context>
    <name>vitrine::SceneGraph</name>
    <message>
        <source>source “%1”: its kind “%2” is not available here (libobs source %3 is not loaded)</source>
        <translation>source “%1”: its kind “%2” is not available here (libobs source %3 is not loaded)</translation>
    </message>
    <message>
        <source>source “%1” could not be created</source>
        <translation>source “%1” could not be created</translation>
    </message>
    <message>
        <source>there is no scene “%1”</source>
        <translation>there is no scene “%1”</translation>
    </message>
    <message>
        <source>media source “%1”: cannot read %2 (%3); it shows nothing</source>
        <translation>media source “%1”: cannot read %2 (%3); it shows nothing</translation>
    </message>
</context>
<context>
    <name>vitrine::ShopifyJsonImporter</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>cannot open the file: %1</translation>
    </message>
    <message>
        <source>malformed JSON at line %1, column %2: %3</source>
        <translation>malformed JSON at line %1, column %2: %3</translation>
    </message>
    <message>
        <source>expected an object with a "products" array (a Shopify /products.json)</source>
        <translation>expected an object with a "products" array (a Shopify /products.json)</translation>
    </message>
    <message>
        <source>"products" is not an array</source>
        <translation>"products" is not an array</translation>
    </message>
    <message>
        <source>a product is not an object; skipped</source>
        <translation>a product is not an object; skipped</translation>
    </message>
    <message>
        <source>no "products" array: this is not a Shopify /products.json</source>
        <translation>no "products" array: this is not a Shopify /products.json</translation>
    </message>
    <message>
        <source>the product has no title; skipped</source>
        <translation>the product has no title; skipped</translation>
    </message>
    <message>
        <source>the title is not a string; product skipped</source>
        <translation>the title is not a string; product skipped</translation>
    </message>
    <message>
        <source>the product has no handle; its URL is unknown</source>
        <translation>the product has no handle; its URL is unknown</translation>
    </message>
    <message>
        <source>an image without "src"; ignored</source>
        <translation>an image without "src"; ignored</translation>
    </message>
    <message>
        <source>"images" is not an array; ignored</source>
        <translation>"images" is not an array; ignored</translation>
    </message>
    <message>
        <source>the product has no variants, hence no price; skipped</source>
        <translation>the product has no variants, hence no price; skipped</translation>
    </message>
    <message>
        <source>"variants" is missing or not an array; product skipped</source>
        <translation>"variants" is missing or not an array; product skipped</translation>
    </message>
    <message>
        <source>a variant is not an object; skipped</source>
        <translation>a variant is not an object; skipped</translation>
    </message>
    <message>
        <source>the variant has no SKU and its product no handle or id to name it by; skipped</source>
        <translation>the variant has no SKU and its product no handle or id to name it by; skipped</translation>
    </message>
    <message>
        <source>duplicate SKU "%1" (first at %2); this variant is skipped</source>
        <translation>duplicate SKU "%1" (first at %2); this variant is skipped</translation>
    </message>
    <message>
        <source>the variant has no price; skipped</source>
        <translation>the variant has no price; skipped</translation>
    </message>
    <message>
        <source>the price is neither a string nor a number; variant skipped</source>
        <translation>the price is neither a string nor a number; variant skipped</translation>
    </message>
    <message>
        <source>the price is negative; variant skipped</source>
        <translation>the price is negative; variant skipped</translation>
    </message>
    <message>
        <source>"%1" is not a price; variant skipped</source>
        <translation>"%1" is not a price; variant skipped</translation>
    </message>
    <message>
        <source>the compare-at price is not a price; ignored</source>
        <translation>the compare-at price is not a price; ignored</translation>
    </message>
    <message>
        <source>"available" is not true or false; ignored</source>
        <translation>"available" is not true or false; ignored</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
</context>
<context>
    <name>vitrine::ShowDocument</name>
    <message>
        <source>show file %1 does not exist</source>
        <translation>show file %1 does not exist</translation>
    </message>
    <message>
        <source>cannot read show file %1: %2</source>
        <translation>cannot read show file %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid show file: %2 at %3</source>
        <translation>%1 is not a valid show file: %2 at %3</translation>
    </message>
    <message>
        <source>%1 is not a Vitrine show file (no "format": "vitrine-show")</source>
        <translation>%1 is not a Vitrine show file (no "format": "vitrine-show")</translation>
    </message>
    <message>
        <source>%1 has no valid integer "version"</source>
        <translation>%1 has no valid integer "version"</translation>
    </message>
    <message>
        <source>%1 was written by a newer Vitrine (show format version %2; this version reads up to %3). Update Vitrine to open it.</source>
        <translation>%1 was written by a newer Vitrine (show format version %2; this version reads up to %3). Update Vitrine to open it.</translation>
    </message>
    <message>
        <source>%1: invalid canvas %2×%3 at %4 fps</source>
        <translation>%1: invalid canvas %2×%3 at %4 fps</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot write show file %1: %2</source>
        <translation>cannot write show file %1: %2</translation>
    </message>
    <message>
        <source>cannot save show file %1: %2</source>
        <translation>cannot save show file %1: %2</translation>
    </message>
    <message>
        <source>the run-of-show segment “%1” pins “%2”, which is not in the catalogue</source>
        <translation>the run-of-show segment “%1” pins “%2”, which is not in the catalogue</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>line %1, column %2</translation>
    </message>
</context>
<context>
    <name>vitrine::ShowStore</name>
    <message>
        <source>cannot save the show's session state %1: %2</source>
        <translation>cannot save the show's session state %1: %2</translation>
    </message>
</context>
</TS>