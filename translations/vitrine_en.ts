<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ObsWsMessage</name>
    <message>
        <source>The message is not valid JSON: %1.</source>
        <translation>The message is not valid JSON: %1.</translation>
    </message>
    <message>
        <source>The message is not a JSON object.</source>
        <translation>The message is not a JSON object.</translation>
    </message>
    <message>
        <source>This server speaks obs-websocket 5; obs-websocket 4 messages are not supported.</source>
        <translation>This server speaks obs-websocket 5; obs-websocket 4 messages are not supported.</translation>
    </message>
    <message>
        <source>The message has no `op`.</source>
        <translation>The message has no `op`.</translation>
    </message>
    <message>
        <source>The message&apos;s `op` is not an unsigned number.</source>
        <translation>The message&apos;s `op` is not an unsigned number.</translation>
    </message>
    <message>
        <source>The message has no data (`d`).</source>
        <translation>The message has no data (`d`).</translation>
    </message>
    <message>
        <source>The message&apos;s data (`d`) is not an object.</source>
        <translation>The message&apos;s data (`d`) is not an object.</translation>
    </message>
    <message>
        <source>The Identify has no `rpcVersion`.</source>
        <translation>The Identify has no `rpcVersion`.</translation>
    </message>
    <message>
        <source>The Identify&apos;s `rpcVersion` is not an unsigned number.</source>
        <translation>The Identify&apos;s `rpcVersion` is not an unsigned number.</translation>
    </message>
    <message>
        <source>The `eventSubscriptions` is not an unsigned 32-bit number.</source>
        <translation>The `eventSubscriptions` is not an unsigned 32-bit number.</translation>
    </message>
    <message>
        <source>The Request has no `requestId`.</source>
        <translation>The Request has no `requestId`.</translation>
    </message>
    <message>
        <source>The Request has no `requestType`.</source>
        <translation>The Request has no `requestType`.</translation>
    </message>
    <message>
        <source>The Request&apos;s `requestType` is not a string.</source>
        <translation>The Request&apos;s `requestType` is not a string.</translation>
    </message>
    <message>
        <source>The RequestBatch has no `requestId`.</source>
        <translation>The RequestBatch has no `requestId`.</translation>
    </message>
    <message>
        <source>The RequestBatch&apos;s `executionType` is not an unsigned number.</source>
        <translation>The RequestBatch&apos;s `executionType` is not an unsigned number.</translation>
    </message>
    <message>
        <source>The RequestBatch&apos;s `executionType` has an invalid value.</source>
        <translation>The RequestBatch&apos;s `executionType` has an invalid value.</translation>
    </message>
    <message>
        <source>The RequestBatch&apos;s `haltOnFailure` is not a boolean.</source>
        <translation>The RequestBatch&apos;s `haltOnFailure` is not a boolean.</translation>
    </message>
    <message>
        <source>The RequestBatch has no `requests`.</source>
        <translation>The RequestBatch has no `requests`.</translation>
    </message>
    <message>
        <source>The RequestBatch&apos;s `requests` is not an array.</source>
        <translation>The RequestBatch&apos;s `requests` is not an array.</translation>
    </message>
</context>
<context>
    <name>vitrine</name>
    <message>
        <source>chat %1: YouTube needs an API key or a token (set VITRINE_YOUTUBE_API_KEY or VITRINE_YOUTUBE_TOKEN)</source>
        <translation>chat %1: YouTube needs an API key or a token (set VITRINE_YOUTUBE_API_KEY or VITRINE_YOUTUBE_TOKEN)</translation>
    </message>
    <message>
        <source>chat %1: Facebook needs a page access token (set VITRINE_FACEBOOK_TOKEN)</source>
        <translation>chat %1: Facebook needs a page access token (set VITRINE_FACEBOOK_TOKEN)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Twitch channel address; paste twitch.tv/CHANNEL</source>
        <translation>“%1” is not a Twitch channel address; paste twitch.tv/CHANNEL</translation>
    </message>
    <message>
        <source>“%1” does not hold a YouTube video id</source>
        <translation>“%1” does not hold a YouTube video id</translation>
    </message>
    <message>
        <source>“%1” does not hold a YouTube channel id (UC followed by 22 characters)</source>
        <translation>“%1” does not hold a YouTube channel id (UC followed by 22 characters)</translation>
    </message>
    <message>
        <source>“%1” is not a YouTube handle</source>
        <translation>“%1” is not a YouTube handle</translation>
    </message>
    <message>
        <source>“%1” is an old-style YouTube channel address; open the channel and paste its @handle address (youtube.com/@NAME) instead</source>
        <translation>“%1” is an old-style YouTube channel address; open the channel and paste its @handle address (youtube.com/@NAME) instead</translation>
    </message>
    <message>
        <source>“%1” is not a YouTube live, video or channel address</source>
        <translation>“%1” is not a YouTube live, video or channel address</translation>
    </message>
    <message>
        <source>“%1” is not a Facebook live video address; paste facebook.com/PAGE/videos/ID or facebook.com/watch/live/?v=ID</source>
        <translation>“%1” is not a Facebook live video address; paste facebook.com/PAGE/videos/ID or facebook.com/watch/live/?v=ID</translation>
    </message>
    <message>
        <source>a chat message has no message_id</source>
        <translation>a chat message has no message_id</translation>
    </message>
    <message>
        <source>the chat message %1 has no text</source>
        <translation>the chat message %1 has no text</translation>
    </message>
    <message>
        <source>a deletion names no message_id</source>
        <translation>a deletion names no message_id</translation>
    </message>
    <message>
        <source>a ban or time-out names no user</source>
        <translation>a ban or time-out names no user</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <source>cannot read the streams of %1: %2</source>
        <translation>cannot read the streams of %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>the event log %1 does not exist</source>
        <translation>the event log %1 does not exist</translation>
    </message>
</context>
<context>
    <name>vitrine::ActionPlayer</name>
    <message>
        <source>action on line %1 skipped: %2</source>
        <translation>action on line %1 skipped: %2</translation>
    </message>
    <message>
        <source>“%1” is sold out (add &quot;confirm&quot;: true to pin it anyway)</source>
        <translation>“%1” is sold out (add &quot;confirm&quot;: true to pin it anyway)</translation>
    </message>
    <message>
        <source>no product “%1” in the catalogue</source>
        <translation>no product “%1” in the catalogue</translation>
    </message>
    <message>
        <source>the run-of-show has no next segment</source>
        <translation>the run-of-show has no next segment</translation>
    </message>
    <message>
        <source>no promo code “%1” in the show</source>
        <translation>no promo code “%1” in the show</translation>
    </message>
    <message>
        <source>no chat to highlight from</source>
        <translation>no chat to highlight from</translation>
    </message>
    <message>
        <source>no chat message “%1” has arrived</source>
        <translation>no chat message “%1” has arrived</translation>
    </message>
    <message>
        <source>no chat to run a giveaway in</source>
        <translation>no chat to run a giveaway in</translation>
    </message>
    <message>
        <source>the giveaway could not start</source>
        <translation>the giveaway could not start</translation>
    </message>
    <message>
        <source>no chat to run a poll in</source>
        <translation>no chat to run a poll in</translation>
    </message>
    <message>
        <source>the poll needs a question and 2 to 4 different options</source>
        <translation>the poll needs a question and 2 to 4 different options</translation>
    </message>
</context>
<context>
    <name>vitrine::ActionScript</name>
    <message>
        <source>not a JSON object: %1</source>
        <translation>not a JSON object: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <source>“at” needs a number of seconds from the start, 0 or more</source>
        <translation>“at” needs a number of seconds from the start, 0 or more</translation>
    </message>
    <message>
        <source>no action: “do” is missing</source>
        <translation>no action: “do” is missing</translation>
    </message>
    <message>
        <source>“%1” needs “%2”</source>
        <translation>“%1” needs “%2”</translation>
    </message>
    <message>
        <source>cannot read the actions file %1: %2</source>
        <translation>cannot read the actions file %1: %2</translation>
    </message>
    <message>
        <source>“flash-start” needs a “price” such as &quot;19.90&quot;</source>
        <translation>“flash-start” needs a “price” such as &quot;19.90&quot;</translation>
    </message>
    <message>
        <source>“flash-start” needs a “quantity” of 1 or more</source>
        <translation>“flash-start” needs a “quantity” of 1 or more</translation>
    </message>
    <message>
        <source>“startsIn” must be %1 to %2 seconds</source>
        <translation>“startsIn” must be %1 to %2 seconds</translation>
    </message>
    <message>
        <source>“minutes” must be 1 to 60</source>
        <translation>“minutes” must be 1 to 60</translation>
    </message>
    <message>
        <source>“highlight” needs “author” and “text”, or the “id” of a chat message</source>
        <translation>“highlight” needs “author” and “text”, or the “id” of a chat message</translation>
    </message>
    <message>
        <source>“overlay” needs “visible”: true or false</source>
        <translation>“overlay” needs “visible”: true or false</translation>
    </message>
    <message>
        <source>“poll-start” needs “options”: 2 to 4 of them</source>
        <translation>“poll-start” needs “options”: 2 to 4 of them</translation>
    </message>
    <message>
        <source>“seed” must be a whole number</source>
        <translation>“seed” must be a whole number</translation>
    </message>
    <message>
        <source>unknown action “%1” (pin, unpin, next, promo-start, promo-stop, scene, flash-start, flash-stop, highlight, highlight-clear, overlay, end-show, giveaway-start, giveaway-stop, giveaway-draw, poll-start, poll-stop)</source>
        <translation>unknown action “%1” (pin, unpin, next, promo-start, promo-stop, scene, flash-start, flash-stop, highlight, highlight-clear, overlay, end-show, giveaway-start, giveaway-stop, giveaway-draw, poll-start, poll-stop)</translation>
    </message>
    <message>
        <source>unknown overlay “%1” (card, promo, flash, ticker, lower-third, highlight, starting-soon, end-card, poll, giveaway)</source>
        <translation>unknown overlay “%1” (card, promo, flash, ticker, lower-third, highlight, starting-soon, end-card, poll, giveaway)</translation>
    </message>
</context>
<context>
    <name>vitrine::AudienceFigures</name>
    <message>
        <source>Chat is quiet: %1 msg/min against a target of %2</source>
        <translation>Chat is quiet: %1 msg/min against a target of %2</translation>
    </message>
    <message>
        <source>Audience is low: a peak of %1 viewers against a target of %2</source>
        <translation>Audience is low: a peak of %1 viewers against a target of %2</translation>
    </message>
    <message>
        <source>Claims are behind: %1 against a target of %2</source>
        <translation>Claims are behind: %1 against a target of %2</translation>
    </message>
</context>
<context>
    <name>vitrine::Broadcast</name>
    <message>
        <source>The live is already running.</source>
        <translation>The live is already running.</translation>
    </message>
    <message>
        <source>No destination to go live to: add one (and its stream key) in the show&apos;s destinations.</source>
        <translation>No destination to go live to: add one (and its stream key) in the show&apos;s destinations.</translation>
    </message>
    <message>
        <source>the server address “%1” is not an rtmp:// or rtmps:// URL</source>
        <translation>the server address “%1” is not an rtmp:// or rtmps:// URL</translation>
    </message>
    <message>
        <source>no stream key is set for this destination</source>
        <translation>no stream key is set for this destination</translation>
    </message>
    <message>
        <source>no keychain to read the stream key from</source>
        <translation>no keychain to read the stream key from</translation>
    </message>
    <message>
        <source>the stored stream key is empty</source>
        <translation>the stored stream key is empty</translation>
    </message>
    <message>
        <source>A recording is already running.</source>
        <translation>A recording is already running.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>No destination could start:
%1</source>
        <translation>No destination could start:
%1</translation>
    </message>
    <message>
        <source>reconnecting at your request</source>
        <translation>reconnecting at your request</translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n tries: %1</source>
        <translation>
            <numerusform>gave up after %n tries: %1</numerusform>
            <numerusform>gave up after %n tries: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>key rejected: the server refused the stream key (%1)</source>
        <translation>key rejected: the server refused the stream key (%1)</translation>
    </message>
    <message>
        <source>There is no such destination.</source>
        <translation>There is no such destination.</translation>
    </message>
    <message>
        <source>The live is stopping.</source>
        <translation>The live is stopping.</translation>
    </message>
    <message>
        <source>The vertical 9:16 canvas is not on.</source>
        <translation>The vertical 9:16 canvas is not on.</translation>
    </message>
    <message>
        <source>A vertical recording is already running.</source>
        <translation>A vertical recording is already running.</translation>
    </message>
    <message>
        <source>this destination takes the vertical 9:16 canvas, which is off: it turns on once the live and the recording are stopped</source>
        <translation>this destination takes the vertical 9:16 canvas, which is off: it turns on once the live and the recording are stopped</translation>
    </message>
    <message>
        <source>“%1” gets an encoder of its own at %2 kbps, which costs more CPU: %3.</source>
        <translation>“%1” gets an encoder of its own at %2 kbps, which costs more CPU: %3.</translation>
    </message>
    <message>
        <source>its encoder could not be made: %1</source>
        <translation>its encoder could not be made: %1</translation>
    </message>
</context>
<context>
    <name>vitrine::CatalogueCommand</name>
    <message>
        <source>The show to import into.</source>
        <translation>The show to import into.</translation>
    </message>
    <message>
        <source>SHOW</source>
        <translation>SHOW</translation>
    </message>
    <message>
        <source>List as JSON, for scripts.</source>
        <translation>List as JSON, for scripts.</translation>
    </message>
    <message>
        <source>cannot create the show %1: the folder %2 does not exist</source>
        <translation>cannot create the show %1: the folder %2 does not exist</translation>
    </message>
    <message>
        <source>Nothing was changed in %1.</source>
        <translation>Nothing was changed in %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Created %1.</translation>
    </message>
    <message>
        <source>sold out</source>
        <translation>sold out</translation>
    </message>
    <message numerus="yes">
        <source>%n in stock</source>
        <translation>
            <numerusform>%n in stock</numerusform>
            <numerusform>%n in stock</numerusform>
        </translation>
    </message>
    <message>
        <source>in stock</source>
        <translation>in stock</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message>
        <source>The currency of prices that carry none (default: the show&apos;s).</source>
        <translation>The currency of prices that carry none (default: the show&apos;s).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>usage: vitrine catalogue import FEED|URL --into SHOW.vitrine [--currency CODE]
       vitrine catalogue list SHOW.vitrine [--json]</source>
        <translation>usage: vitrine catalogue import FEED|URL --into SHOW.vitrine [--currency CODE]
       vitrine catalogue list SHOW.vitrine [--json]</translation>
    </message>
    <message>
        <source>--currency needs a three-letter ISO 4217 code such as EUR, not “%1”</source>
        <translation>--currency needs a three-letter ISO 4217 code such as EUR, not “%1”</translation>
    </message>
</context>
<context>
    <name>vitrine::CatalogueDownload</name>
    <message>
        <source>No catalogue file or URL given.</source>
        <translation>No catalogue file or URL given.</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <source>%1: not a valid http(s) URL</source>
        <translation>%1: not a valid http(s) URL</translation>
    </message>
    <message>
        <source>cannot create a temporary file: %1</source>
        <translation>cannot create a temporary file: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the server answered HTTP %2 %3</source>
        <translation>%1: the server answered HTTP %2 %3</translation>
    </message>
    <message>
        <source>cannot write the download: %1</source>
        <translation>cannot write the download: %1</translation>
    </message>
</context>
<context>
    <name>vitrine::CatalogueImportDialog</name>
    <message>
        <source>Google Merchant Center feed</source>
        <translation>Google Merchant Center feed</translation>
    </message>
    <message>
        <source>Shopify products.json</source>
        <translation>Shopify products.json</translation>
    </message>
    <message>
        <source>Shopify product export (CSV) recognised: columns mapped from its headers</source>
        <translation>Shopify product export (CSV) recognised: columns mapped from its headers</translation>
    </message>
    <message>
        <source>CSV: check which column feeds which field</source>
        <translation>CSV: check which column feeds which field</translation>
    </message>
    <message>
        <source>Import a catalogue</source>
        <translation>Import a catalogue</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import products from a CSV (Shopify&apos;s product export or any spreadsheet), a Shopify products.json or a Google Merchant Center feed, from a file or an http(s) address. Products already in the show are updated by SKU; your pitch and order are kept.</source>
        <translation>Import products from a CSV (Shopify&apos;s product export or any spreadsheet), a Shopify products.json or a Google Merchant Center feed, from a file or an http(s) address. Products already in the show are updated by SKU; your pitch and order are kept.</translation>
    </message>
    <message>
        <source>File or https://shop.example/feed.xml</source>
        <translation>File or https://shop.example/feed.xml</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>The currency of prices that do not say theirs</source>
        <translation>The currency of prices that do not say theirs</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>The first rows, as they will import:</source>
        <translation>The first rows, as they will import:</translation>
    </message>
    <message>
        <source>Nothing changes in the show until you choose Import.</source>
        <translation>Nothing changes in the show until you choose Import.</translation>
    </message>
    <message>
        <source>Catalogues (*.csv *.json *.xml *.rss *.atom *.txt);;All files (*)</source>
        <translation>Catalogues (*.csv *.json *.xml *.rss *.atom *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Downloading %1…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Choose a column for: %1</source>
        <translation>Choose a column for: %1</translation>
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
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Compare at</source>
        <translation>Compare at</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>sold out</source>
        <translation>sold out</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
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
    <name>vitrine::ChatAccounts</name>
    <message>
        <source>Twitch’s answer names no account</source>
        <translation>Twitch’s answer names no account</translation>
    </message>
    <message>
        <source>YouTube’s answer is not a channel list</source>
        <translation>YouTube’s answer is not a channel list</translation>
    </message>
    <message>
        <source>this Google account has no YouTube channel</source>
        <translation>this Google account has no YouTube channel</translation>
    </message>
    <message>
        <source>Facebook’s answer names no account</source>
        <translation>Facebook’s answer names no account</translation>
    </message>
    <message>
        <source>custom feeds have no accounts</source>
        <translation>custom feeds have no accounts</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Not signed in.</translation>
    </message>
    <message>
        <source>Checking the saved sign-in…</source>
        <translation>Checking the saved sign-in…</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Waiting for you to sign in in the browser…</translation>
    </message>
    <message>
        <source>Signed in as %1, reading the page %2.</source>
        <translation>Signed in as %1, reading the page %2.</translation>
    </message>
    <message>
        <source>Signed in as %1, but you manage no Facebook page: a page’s lives need one.</source>
        <translation>Signed in as %1, but you manage no Facebook page: a page’s lives need one.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Signed in as %1.</translation>
    </message>
    <message>
        <source>The %1 sign-in has expired or was revoked; sign in again.</source>
        <translation>The %1 sign-in has expired or was revoked; sign in again.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Could not check the %1 sign-in (%2); the chats use it anyway.</source>
        <translation>Could not check the %1 sign-in (%2); the chats use it anyway.</translation>
    </message>
    <message>
        <source>The %1 sign-in has expired; sign in again.</source>
        <translation>The %1 sign-in has expired; sign in again.</translation>
    </message>
    <message>
        <source>Not set up in this build: the studio’s %1 application id is missing (setting oauth/%2/clientId).</source>
        <translation>Not set up in this build: the studio’s %1 application id is missing (setting oauth/%2/clientId).</translation>
    </message>
</context>
<context>
    <name>vitrine::ChatAccountsPanel</name>
    <message>
        <source>Add my chat</source>
        <translation>Add my chat</translation>
    </message>
    <message>
        <source>Read the signed-in account’s own Twitch channel</source>
        <translation>Read the signed-in account’s own Twitch channel</translation>
    </message>
    <message>
        <source>Read the current live of the signed-in YouTube channel</source>
        <translation>Read the current live of the signed-in YouTube channel</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <source>Your browser opens the %1 sign-in page; come back here when it says you are signed in.</source>
        <translation>Your browser opens the %1 sign-in page; come back here when it says you are signed in.</translation>
    </message>
</context>
<context>
    <name>vitrine::ChatApiClient</name>
    <message>
        <source>%1 refused the token: it expired or was revoked — sign in again</source>
        <translation>%1 refused the token: it expired or was revoked — sign in again</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 answered HTTP %2</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>cannot reach %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>vitrine::ChatComposer</name>
    <message>
        <source>Write to every chat again</source>
        <translation>Write to every chat again</translation>
    </message>
    <message>
        <source>Message to every chat…</source>
        <translation>Message to every chat…</translation>
    </message>
    <message>
        <source>Send to all chats</source>
        <translation>Send to all chats</translation>
    </message>
    <message>
        <source>Reply to %1 on %2: “%3”</source>
        <translation>Reply to %1 on %2: “%3”</translation>
    </message>
    <message>
        <source>Reply on %1…</source>
        <translation>Reply on %1…</translation>
    </message>
    <message>
        <source>Reply on %1</source>
        <translation>Reply on %1</translation>
    </message>
    <message>
        <source>Sends to the %1 chat this message came from, and nowhere else</source>
        <translation>Sends to the %1 chat this message came from, and nowhere else</translation>
    </message>
    <message>
        <source>Sends to every connected chat</source>
        <translation>Sends to every connected chat</translation>
    </message>
    <message>
        <source>Sends to every chat that lets the studio write. Not to:
%1</source>
        <translation>Sends to every chat that lets the studio write. Not to:
%1</translation>
    </message>
    <message>
        <source>Reply sent to %1.</source>
        <translation>Reply sent to %1.</translation>
    </message>
</context>
<context>
    <name>vitrine::ChatConnector</name>
    <message>
        <source>This chat does not allow that action.</source>
        <translation>This chat does not allow that action.</translation>
    </message>
    <message>
        <source>%1: this chat is read only</source>
        <translation>%1: this chat is read only</translation>
    </message>
    <message>
        <source>%1 does not let the studio moderate this chat</source>
        <translation>%1 does not let the studio moderate this chat</translation>
    </message>
</context>
<context>
    <name>vitrine::ChatDock</name>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connecting…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connected</translation>
    </message>
    <message>
        <source>reconnecting…</source>
        <translation>reconnecting…</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Chats…</source>
        <translation>Chats…</translation>
    </message>
    <message>
        <source>Choose which platforms&apos; chats are merged here</source>
        <translation>Choose which platforms&apos; chats are merged here</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Next question</translation>
    </message>
    <message>
        <source>Search the chat…</source>
        <translation>Search the chat…</translation>
    </message>
    <message>
        <source>Show %1 messages</source>
        <translation>Show %1 messages</translation>
    </message>
    <message>
        <source>Blocked words…</source>
        <translation>Blocked words…</translation>
    </message>
    <message>
        <source>Export transcript…</source>
        <translation>Export transcript…</translation>
    </message>
    <message>
        <source>Export the chat transcript</source>
        <translation>Export the chat transcript</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Show answered</source>
        <translation>Show answered</translation>
    </message>
    <message>
        <source>Mark answered</source>
        <translation>Mark answered</translation>
    </message>
    <message>
        <source>Marks the current question answered and selects the next one (Ctrl+Shift+Q)</source>
        <translation>Marks the current question answered and selects the next one (Ctrl+Shift+Q)</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) ↓</source>
        <translation>
            <numerusform>%n new message(s) ↓</numerusform>
            <numerusform>%n new message(s) ↓</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from screen</source>
        <translation>Remove from screen</translation>
    </message>
    <message>
        <source>Highlight on screen</source>
        <translation>Highlight on screen</translation>
    </message>
    <message>
        <source>Hide in the studio</source>
        <translation>Hide in the studio</translation>
    </message>
    <message>
        <source>Mark not answered</source>
        <translation>Mark not answered</translation>
    </message>
    <message>
        <source>Delete on %1</source>
        <translation>Delete on %1</translation>
    </message>
    <message>
        <source>Time out for 10 minutes on %1</source>
        <translation>Time out for 10 minutes on %1</translation>
    </message>
    <message>
        <source>Ban on %1</source>
        <translation>Ban on %1</translation>
    </message>
    <message>
        <source>No question left to answer.</source>
        <translation>No question left to answer.</translation>
    </message>
    <message>
        <source>No chat connected.</source>
        <translation>No chat connected.</translation>
    </message>
    <message>
        <source>Buy intent: none yet</source>
        <translation>Buy intent: none yet</translation>
    </message>
    <message>
        <source>%1 ×%2 (%3 in the last minute)</source>
        <translation>%1 ×%2 (%3 in the last minute)</translation>
    </message>
    <message>
        <source>Buy intent: %1</source>
        <translation>Buy intent: %1</translation>
    </message>
    <message>
        <source>Questions (%1)</source>
        <translation>Questions (%1)</translation>
    </message>
    <message>
        <source>Blocked words</source>
        <translation>Blocked words</translation>
    </message>
    <message>
        <source>Messages with any of these words or phrases are hidden in the studio (separate them with commas):</source>
        <translation>Messages with any of these words or phrases are hidden in the studio (separate them with commas):</translation>
    </message>
    <message>
        <source>This chat is not being recorded, so there is no transcript to export.</source>
        <translation>This chat is not being recorded, so there is no transcript to export.</translation>
    </message>
    <message>
        <source>When a product is pinned, its link, tracked per platform, is posted to every chat the studio can write to.</source>
        <translation>When a product is pinned, its link, tracked per platform, is posted to every chat the studio can write to.</translation>
    </message>
    <message>
        <source>Post pinned links to the chats</source>
        <translation>Post pinned links to the chats</translation>
    </message>
    <message>
        <source>Reply on %1…</source>
        <translation>Reply on %1…</translation>
    </message>
    <message>
        <source>Giveaway &amp;&amp; poll</source>
        <translation>Giveaway &amp;&amp; poll</translation>
    </message>
</context>
<context>
    <name>vitrine::ChatHub</name>
    <message>
        <source>That message is no longer in the chat view.</source>
        <translation>That message is no longer in the chat view.</translation>
    </message>
    <message>
        <source>%1 (%2) did not take the message.</source>
        <translation>%1 (%2) did not take the message.</translation>
    </message>
    <message>
        <source>No connected chat lets this account write; sign in to post.</source>
        <translation>No connected chat lets this account write; sign in to post.</translation>
    </message>
    <message>
        <source>The reply could not be sent to %1.</source>
        <translation>The reply could not be sent to %1.</translation>
    </message>
    <message>
        <source>The chat this message came from is no longer connected.</source>
        <translation>The chat this message came from is no longer connected.</translation>
    </message>
</context>
<context>
    <name>vitrine::ChatModeration</name>
    <message>
        <source>The chat this message came from is no longer connected.</source>
        <translation>The chat this message came from is no longer connected.</translation>
    </message>
    <message>
        <source>%1 does not let this account do that; sign in as a moderator of the channel.</source>
        <translation>%1 does not let this account do that; sign in as a moderator of the channel.</translation>
    </message>
    <message>
        <source>The platform gave no id for this author.</source>
        <translation>The platform gave no id for this author.</translation>
    </message>
    <message>
        <source>%1 refused the action.</source>
        <translation>%1 refused the action.</translation>
    </message>
</context>
<context>
    <name>vitrine::ChatSources</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>vitrine::ChatSourcesDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>This chat is already in the list.</source>
        <translation>This chat is already in the list.</translation>
    </message>
    <message>
        <source>https://www.youtube.com/@maisonmoulin/live</source>
        <translation>https://www.youtube.com/@maisonmoulin/live</translation>
    </message>
    <message>
        <source>Not added: %1.</source>
        <translation>Not added: %1.</translation>
    </message>
    <message>
        <source>%1 (not understood)</source>
        <translation>%1 (not understood)</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Sign in to post answers and moderate from the studio. Without an account, Twitch chats are read anonymously and YouTube needs an API key.</source>
        <translation>Sign in to post answers and moderate from the studio. Without an account, Twitch chats are read anonymously and YouTube needs an API key.</translation>
    </message>
    <message>
        <source>The merged chat reads these chats. Paste the address of a channel or a live as your browser shows it: a YouTube live, video, @handle or channel page, a Twitch channel, or a Facebook live video. A YouTube channel’s chat follows its current live.</source>
        <translation>The merged chat reads these chats. Paste the address of a channel or a live as your browser shows it: a YouTube live, video, @handle or channel page, a Twitch channel, or a Facebook live video. A YouTube channel’s chat follows its current live.</translation>
    </message>
</context>
<context>
    <name>vitrine::ChatSpec</name>
    <message>
        <source>chat “%1” should read PLATFORM:TARGET[@ENDPOINT], e.g. twitch:channel</source>
        <translation>chat “%1” should read PLATFORM:TARGET[@ENDPOINT], e.g. twitch:channel</translation>
    </message>
    <message>
        <source>chat “%1”: unknown platform “%2” (twitch, youtube, facebook or custom)</source>
        <translation>chat “%1”: unknown platform “%2” (twitch, youtube, facebook or custom)</translation>
    </message>
    <message>
        <source>chat “%1”: “%2” is not a Twitch channel name (letters, digits and _, up to 25)</source>
        <translation>chat “%1”: “%2” is not a Twitch channel name (letters, digits and _, up to 25)</translation>
    </message>
    <message>
        <source>chat “%1”: “%2” is not a valid %3 id</source>
        <translation>chat “%1”: “%2” is not a valid %3 id</translation>
    </message>
    <message>
        <source>chat “%1”: nothing after “@”; give an endpoint URL or leave “@” out</source>
        <translation>chat “%1”: nothing after “@”; give an endpoint URL or leave “@” out</translation>
    </message>
    <message>
        <source>chat “%1”: the endpoint “%2” is not a %3 URL</source>
        <translation>chat “%1”: the endpoint “%2” is not a %3 URL</translation>
    </message>
    <message>
        <source>chat “%1”: a custom feed needs its endpoint, e.g. custom:%2@ws://HOST:PORT/PATH</source>
        <translation>chat “%1”: a custom feed needs its endpoint, e.g. custom:%2@ws://HOST:PORT/PATH</translation>
    </message>
</context>
<context>
    <name>vitrine::ChatSpool</name>
    <message>
        <source>Cannot write the chat record %1: %2</source>
        <translation>Cannot write the chat record %1: %2</translation>
    </message>
</context>
<context>
    <name>vitrine::ChatTranscript</name>
    <message>
        <source>Cannot read the chat record %1: %2</source>
        <translation>Cannot read the chat record %1: %2</translation>
    </message>
</context>
<context>
    <name>vitrine::ChatUrl</name>
    <message>
        <source>paste the address of a YouTube, Twitch or Facebook live or channel</source>
        <translation>paste the address of a YouTube, Twitch or Facebook live or channel</translation>
    </message>
    <message>
        <source>fb.watch short links cannot be read without asking Facebook; open “%1” in a browser and paste the facebook.com address it leads to</source>
        <translation>fb.watch short links cannot be read without asking Facebook; open “%1” in a browser and paste the facebook.com address it leads to</translation>
    </message>
    <message>
        <source>“%1” is not a YouTube, Twitch or Facebook address</source>
        <translation>“%1” is not a YouTube, Twitch or Facebook address</translation>
    </message>
    <message>
        <source>Custom feed</source>
        <translation>Custom feed</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>channel %1</translation>
    </message>
    <message>
        <source>live video %1</source>
        <translation>live video %1</translation>
    </message>
    <message>
        <source>current live of channel %1</source>
        <translation>current live of channel %1</translation>
    </message>
    <message>
        <source>current live of @%1</source>
        <translation>current live of @%1</translation>
    </message>
    <message>
        <source>broadcast %1</source>
        <translation>broadcast %1</translation>
    </message>
    <message>
        <source>live chat %1</source>
        <translation>live chat %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>current live of the signed-in channel</source>
        <translation>current live of the signed-in channel</translation>
    </message>
</context>
<context>
    <name>vitrine::ClaimBook</name>
    <message>
        <source>Cannot write the claims to %1: %2</source>
        <translation>Cannot write the claims to %1: %2</translation>
    </message>
</context>
<context>
    <name>vitrine::ClaimConfirmer</name>
    <message>
        <source>%1 reserved for you: %2 × %3</source>
        <translation>%1 reserved for you: %2 × %3</translation>
    </message>
    <message>
        <source>%1 reserved for you: %2 × %3 — pay here: %4</source>
        <translation>%1 reserved for you: %2 × %3 — pay here: %4</translation>
    </message>
</context>
<context>
    <name>vitrine::ClaimsDock</name>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Confirm claims in chat</source>
        <translation>Confirm claims in chat</translation>
    </message>
    <message>
        <source>Answer each accepted claim on its platform with the product&apos;s checkout link (only on chats the studio can write to).</source>
        <translation>Answer each accepted claim on its platform with the product&apos;s checkout link (only on chats the studio can write to).</translation>
    </message>
    <message>
        <source>Export claims…</source>
        <translation>Export claims…</translation>
    </message>
    <message>
        <source>Export the claims</source>
        <translation>Export the claims</translation>
    </message>
    <message>
        <source>claims.csv</source>
        <translation>claims.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Waitlist</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Ambiguous</translation>
    </message>
    <message>
        <source>Claims exported to %1.</source>
        <translation>Claims exported to %1.</translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation>Unknown code %1</translation>
    </message>
    <message>
        <source>Nothing pinned</source>
        <translation>Nothing pinned</translation>
    </message>
    <message>
        <source>Needs a variant</source>
        <translation>Needs a variant</translation>
    </message>
    <message>
        <source>Needs a variant: choose…</source>
        <translation>Needs a variant: choose…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n need a variant)</source>
        <translation>
            <numerusform>%1 (%n need a variant)</numerusform>
            <numerusform>%1 (%n need a variant)</numerusform>
        </translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
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
        <source>Print libobs&apos;s own log.</source>
        <translation>Print libobs&apos;s own log.</translation>
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
        <source>PLATFORM:TARGET[@ENDPOINT]</source>
        <translation>PLATFORM:TARGET[@ENDPOINT]</translation>
    </message>
    <message>
        <source>Write the merged chat as JSON Lines, one object per message as it arrives.</source>
        <translation>Write the merged chat as JSON Lines, one object per message as it arrives.</translation>
    </message>
    <message>
        <source>--chat-log needs at least one --chat</source>
        <translation>--chat-log needs at least one --chat</translation>
    </message>
    <message>
        <source>Write the show&apos;s event log there (default with --actions: SHOW.events.jsonl beside the show).</source>
        <translation>Write the show&apos;s event log there (default with --actions: SHOW.events.jsonl beside the show).</translation>
    </message>
    <message>
        <source>--%1 needs --headless</source>
        <translation>--%1 needs --headless</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>--stream-key-env: the environment variable %1 is not set or empty</source>
        <translation>--stream-key-env: the environment variable %1 is not set or empty</translation>
    </message>
    <message>
        <source>Attach a live chat (repeatable): a YouTube, Twitch or Facebook address as the browser shows it, or twitch:CHANNEL, youtube:LIVE_CHAT_ID, facebook:LIVE_VIDEO_ID or custom:NAME@ws://…; @URL replaces the platform&apos;s endpoint.</source>
        <translation>Attach a live chat (repeatable): a YouTube, Twitch or Facebook address as the browser shows it, or twitch:CHANNEL, youtube:LIVE_CHAT_ID, facebook:LIVE_VIDEO_ID or custom:NAME@ws://…; @URL replaces the platform&apos;s endpoint.</translation>
    </message>
    <message>
        <source>Stream the landscape canvas to an RTMP(S) ingest: rtmp://HOST[:PORT]/APP/KEY (repeatable: one destination each).</source>
        <translation>Stream the landscape canvas to an RTMP(S) ingest: rtmp://HOST[:PORT]/APP/KEY (repeatable: one destination each).</translation>
    </message>
    <message>
        <source>Stream the vertical 9:16 canvas to an RTMP(S) ingest (repeatable); a show without one gets a 720x1280 canvas derived from its scenes.</source>
        <translation>Stream the vertical 9:16 canvas to an RTMP(S) ingest (repeatable); a show without one gets a 720x1280 canvas derived from its scenes.</translation>
    </message>
    <message>
        <source>Take the key of the --stream or --stream-vertical just before it from the environment variable NAME, so it stays out of the command line; that URL is then rtmp://HOST[:PORT]/APP.</source>
        <translation>Take the key of the --stream or --stream-vertical just before it from the environment variable NAME, so it stays out of the command line; that URL is then rtmp://HOST[:PORT]/APP.</translation>
    </message>
    <message>
        <source>Record the vertical canvas to a file.</source>
        <translation>Record the vertical canvas to a file.</translation>
    </message>
    <message>
        <source>--stream-key-env needs a --stream or --stream-vertical just before it</source>
        <translation>--stream-key-env needs a --stream or --stream-vertical just before it</translation>
    </message>
    <message>
        <source>Tries before a destination that lost its server gives up (default 8; 0: never reconnect).</source>
        <translation>Tries before a destination that lost its server gives up (default 8; 0: never reconnect).</translation>
    </message>
    <message>
        <source>--reconnect-tries needs a whole number from 0 to 50, not “%1”</source>
        <translation>--reconnect-tries needs a whole number from 0 to 50, not “%1”</translation>
    </message>
    <message>
        <source>Play a rehearsal script of timed producer actions (JSON Lines: pin, unpin, next, promo-start, promo-stop, scene, flash-start, flash-stop, highlight, highlight-clear, overlay, end-show), each recorded in the event log.</source>
        <translation>Play a rehearsal script of timed producer actions (JSON Lines: pin, unpin, next, promo-start, promo-stop, scene, flash-start, flash-stop, highlight, highlight-clear, overlay, end-show), each recorded in the event log.</translation>
    </message>
    <message>
        <source>The streaming service (as OBS Studio names it: &quot;Facebook Live&quot;, &quot;Twitch&quot;) of the --stream or --stream-vertical just before it: a service that takes a lower bitrate than the show&apos;s gets an encoder of its own, fitted to its caps.</source>
        <translation>The streaming service (as OBS Studio names it: &quot;Facebook Live&quot;, &quot;Twitch&quot;) of the --stream or --stream-vertical just before it: a service that takes a lower bitrate than the show&apos;s gets an encoder of its own, fitted to its caps.</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICE</translation>
    </message>
    <message>
        <source>--stream-service needs a --stream or --stream-vertical just before it</source>
        <translation>--stream-service needs a --stream or --stream-vertical just before it</translation>
    </message>
    <message>
        <source>Write the claims the chats made (SOLD A1 2, je prends…) as CSV when the run ends.</source>
        <translation>Write the claims the chats made (SOLD A1 2, je prends…) as CSV when the run ends.</translation>
    </message>
    <message>
        <source>--claims-csv needs at least one --chat</source>
        <translation>--claims-csv needs at least one --chat</translation>
    </message>
    <message>
        <source>Serve the producer remote (obs-websocket 5 API, /remote, /widget, /feed) on 127.0.0.1:PORT; its password is the environment variable VITRINE_REMOTE_PASSWORD (VITRINE_REMOTE_MODERATOR_PASSWORD: chat only).</source>
        <translation>Serve the producer remote (obs-websocket 5 API, /remote, /widget, /feed) on 127.0.0.1:PORT; its password is the environment variable VITRINE_REMOTE_PASSWORD (VITRINE_REMOTE_MODERATOR_PASSWORD: chat only).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>--remote-port needs a port from 1 to 65535, not “%1”</source>
        <translation>--remote-port needs a port from 1 to 65535, not “%1”</translation>
    </message>
    <message>
        <source>--remote-port needs its password in the environment variable VITRINE_REMOTE_PASSWORD</source>
        <translation>--remote-port needs its password in the environment variable VITRINE_REMOTE_PASSWORD</translation>
    </message>
    <message>
        <source>Vitrine Studio — a studio for live shopping shows.

  vitrine [SHOW]                 open the studio window, on SHOW if given
  vitrine --headless --show FILE [--stream rtmp://HOST[:PORT]/APP/KEY]...
          [--stream rtmp://HOST[:PORT]/APP --stream-key-env NAME]...
          [--stream-vertical URL [--stream-key-env NAME]]... [--stream-service SERVICE]
          [--record OUT.mkv] [--record-vertical OUT.mkv] [--duration SECONDS]
          [--chat PLATFORM:TARGET[@ENDPOINT]]... [--chat-log OUT.jsonl] [--claims-csv OUT.csv]
          [--actions ACTIONS.jsonl] [--event-log EVENTS.jsonl] [--remote-port PORT]
                                 run a show without a window (automation, tests, benchmarks)
  vitrine catalogue import FEED|URL --into SHOW.vitrine
                                 import or re-import a catalogue into a show (created if needed)
  vitrine catalogue list SHOW.vitrine [--json]
                                 list a show&apos;s products and variants
  vitrine replay finish OUT.mkv --events EVENTS.jsonl [--show SHOW.vitrine]
                                 make a recording&apos;s replay: MP4 with chapters, manifest, WebVTT
  vitrine replay clips OUT.mkv --events EVENTS.jsonl [--show SHOW.vitrine] [--reencode]
                                 cut a clip per product chapter, with thumbnails, into OUT.clips/
  vitrine overlay render SHOW --kind KIND [--sku SKU] [--canvas WxH] [--theme FILE.json]
          [--at ISO-UTC] --out FILE.png
                                 render one overlay as a transparent PNG (vitrine overlay render --help)
  vitrine report SHOW.vitrine --orders ORDERS.csv [--live-window START/END] --out DIR
                                 the show&apos;s figures from the shop&apos;s orders (Shopify CSV) and its event log:
                                 DIR/figures.json, DIR/report.html, DIR/report.pdf

Chat tokens come from the environment, never from a flag: VITRINE_TWITCH_TOKEN (optional; anonymous
read-only without it), VITRINE_YOUTUBE_API_KEY or VITRINE_YOUTUBE_TOKEN, VITRINE_FACEBOOK_TOKEN.

The headless runner still needs an X11 display (on a server: xvfb-run). It exits 0 when the run went
as asked and prints the run&apos;s figures as key=value pairs on its last line of standard output:
frames_rendered, frames_lagged, frames_skipped, frames_dropped, bytes_sent, cpu_seconds (whole process),
run_cpu_seconds (while outputs ran), peak_rss_kib, duration_seconds, avg_render_ms, reconnects.
One line per destination goes to standard error at the end: destination=N state=S reconnects=R dropped=D
videoKbps=V audioKbps=A encoder=shared|own (own: its service takes less than the show streams).
Errors go to standard error; fatal errors exit 2; a destination that ended failed while others carried on exits 1.</source>
        <translation>Vitrine Studio — a studio for live shopping shows.

  vitrine [SHOW]                 open the studio window, on SHOW if given
  vitrine --headless --show FILE [--stream rtmp://HOST[:PORT]/APP/KEY]...
          [--stream rtmp://HOST[:PORT]/APP --stream-key-env NAME]...
          [--stream-vertical URL [--stream-key-env NAME]]... [--stream-service SERVICE]
          [--record OUT.mkv] [--record-vertical OUT.mkv] [--duration SECONDS]
          [--chat PLATFORM:TARGET[@ENDPOINT]]... [--chat-log OUT.jsonl] [--claims-csv OUT.csv]
          [--actions ACTIONS.jsonl] [--event-log EVENTS.jsonl] [--remote-port PORT]
                                 run a show without a window (automation, tests, benchmarks)
  vitrine catalogue import FEED|URL --into SHOW.vitrine
                                 import or re-import a catalogue into a show (created if needed)
  vitrine catalogue list SHOW.vitrine [--json]
                                 list a show&apos;s products and variants
  vitrine replay finish OUT.mkv --events EVENTS.jsonl [--show SHOW.vitrine]
                                 make a recording&apos;s replay: MP4 with chapters, manifest, WebVTT
  vitrine replay clips OUT.mkv --events EVENTS.jsonl [--show SHOW.vitrine] [--reencode]
                                 cut a clip per product chapter, with thumbnails, into OUT.clips/
  vitrine overlay render SHOW --kind KIND [--sku SKU] [--canvas WxH] [--theme FILE.json]
          [--at ISO-UTC] --out FILE.png
                                 render one overlay as a transparent PNG (vitrine overlay render --help)
  vitrine report SHOW.vitrine --orders ORDERS.csv [--live-window START/END] --out DIR
                                 the show&apos;s figures from the shop&apos;s orders (Shopify CSV) and its event log:
                                 DIR/figures.json, DIR/report.html, DIR/report.pdf

Chat tokens come from the environment, never from a flag: VITRINE_TWITCH_TOKEN (optional; anonymous
read-only without it), VITRINE_YOUTUBE_API_KEY or VITRINE_YOUTUBE_TOKEN, VITRINE_FACEBOOK_TOKEN.

The headless runner still needs an X11 display (on a server: xvfb-run). It exits 0 when the run went
as asked and prints the run&apos;s figures as key=value pairs on its last line of standard output:
frames_rendered, frames_lagged, frames_skipped, frames_dropped, bytes_sent, cpu_seconds (whole process),
run_cpu_seconds (while outputs ran), peak_rss_kib, duration_seconds, avg_render_ms, reconnects.
One line per destination goes to standard error at the end: destination=N state=S reconnects=R dropped=D
videoKbps=V audioKbps=A encoder=shared|own (own: its service takes less than the show streams).
Errors go to standard error; fatal errors exit 2; a destination that ended failed while others carried on exits 1.</translation>
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
        <source>the file is not UTF-8; it was read as Windows-1252 (Excel&apos;s &quot;CSV&quot; on Windows): check accented letters</source>
        <translation>the file is not UTF-8; it was read as Windows-1252 (Excel&apos;s &quot;CSV&quot; on Windows): check accented letters</translation>
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
        <source>the first row of &quot;%1&quot; has no title (or an earlier row of it was skipped); row skipped</source>
        <translation>the first row of &quot;%1&quot; has no title (or an earlier row of it was skipped); row skipped</translation>
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
        <source>duplicate SKU &quot;%1&quot; (first on row %2); this row is skipped</source>
        <translation>duplicate SKU &quot;%1&quot; (first on row %2); this row is skipped</translation>
    </message>
    <message>
        <source>the price &quot;%1&quot; is negative; row skipped</source>
        <translation>the price &quot;%1&quot; is negative; row skipped</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price; row skipped</source>
        <translation>&quot;%1&quot; is not a price; row skipped</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price; the compare-at price is ignored</source>
        <translation>&quot;%1&quot; is not a price; the compare-at price is ignored</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stock count; the stock is left unknown</source>
        <translation>&quot;%1&quot; is not a stock count; the stock is left unknown</translation>
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
        <source>a quoted field opened here is never closed (missing &apos;&quot;&apos;)</source>
        <translation>a quoted field opened here is never closed (missing &apos;&quot;&apos;)</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote (a &apos;&quot;&apos; inside a quoted field must be doubled)</source>
        <translation>unexpected text after a closing quote (a &apos;&quot;&apos; inside a quoted field must be doubled)</translation>
    </message>
    <message>
        <source>a &apos;&quot;&apos; inside a field that does not start with one (the field should be quoted and its quotes doubled)</source>
        <translation>a &apos;&quot;&apos; inside a field that does not start with one (the field should be quoted and its quotes doubled)</translation>
    </message>
</context>
<context>
    <name>vitrine::CustomChatFrame</name>
    <message>
        <source>a chat feed frame is not a JSON object</source>
        <translation>a chat feed frame is not a JSON object</translation>
    </message>
    <message>
        <source>a chat feed “delete” frame has no id</source>
        <translation>a chat feed “delete” frame has no id</translation>
    </message>
    <message>
        <source>a chat feed “clear_author” frame names no author</source>
        <translation>a chat feed “clear_author” frame names no author</translation>
    </message>
    <message>
        <source>a chat feed frame has an unknown type “%1”</source>
        <translation>a chat feed frame has an unknown type “%1”</translation>
    </message>
    <message>
        <source>a chat feed message has no id or no text</source>
        <translation>a chat feed message has no id or no text</translation>
    </message>
    <message>
        <source>a chat feed message has an unknown kind “%1”</source>
        <translation>a chat feed message has an unknown kind “%1”</translation>
    </message>
</context>
<context>
    <name>vitrine::CustomConnector</name>
    <message>
        <source>the feed closed the connection</source>
        <translation>the feed closed the connection</translation>
    </message>
    <message>
        <source>The chat feed sent a frame that could not be read: %1</source>
        <translation>The chat feed sent a frame that could not be read: %1</translation>
    </message>
</context>
<context>
    <name>vitrine::DestinationsDialog</name>
    <message>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Go live to this destination</source>
        <translation>Go live to this destination</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Platform:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Stream key:</source>
        <translation>Stream key:</translation>
    </message>
    <message>
        <source>New destination</source>
        <translation>New destination</translation>
    </message>
    <message>
        <source>unchanged (kept in the system keychain)</source>
        <translation>unchanged (kept in the system keychain)</translation>
    </message>
    <message>
        <source>Every destination needs a name.</source>
        <translation>Every destination needs a name.</translation>
    </message>
    <message>
        <source>“%1”: the server must be an rtmp:// or rtmps:// address, e.g. rtmps://host/app.</source>
        <translation>“%1”: the server must be an rtmp:// or rtmps:// address, e.g. rtmps://host/app.</translation>
    </message>
    <message>
        <source>Saving the stream keys in the keychain…</source>
        <translation>Saving the stream keys in the keychain…</translation>
    </message>
    <message>
        <source>The stream keys could not be saved: %1</source>
        <translation>The stream keys could not be saved: %1</translation>
    </message>
    <message>
        <source>Ingest:</source>
        <translation>Ingest:</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Get your stream key&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Get your stream key&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <source>a keyframe every %n s</source>
        <translation>
            <numerusform>a keyframe every %n s</numerusform>
            <numerusform>a keyframe every %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>No destination yet: add one for each platform the show goes live on.</source>
        <translation>No destination yet: add one for each platform the show goes live on.</translation>
    </message>
    <message>
        <source>the stream key from the platform&apos;s live dashboard</source>
        <translation>the stream key from the platform&apos;s live dashboard</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Copy the stream URL and stream key from YouTube Studio › Go live › Stream.</source>
        <translation>Copy the stream URL and stream key from YouTube Studio › Go live › Stream.</translation>
    </message>
    <message>
        <source>Facebook Live</source>
        <translation>Facebook Live</translation>
    </message>
    <message>
        <source>Copy the server URL and stream key from Facebook&apos;s Live Producer (facebook.com/live/producer), under “Streaming software”.</source>
        <translation>Copy the server URL and stream key from Facebook&apos;s Live Producer (facebook.com/live/producer), under “Streaming software”.</translation>
    </message>
    <message>
        <source>Instagram Live</source>
        <translation>Instagram Live</translation>
    </message>
    <message>
        <source>Copy the stream URL and stream key from Instagram&apos;s Live Producer: on instagram.com, Create › Live video, then “Streaming software”. The key changes with each live.</source>
        <translation>Copy the stream URL and stream key from Instagram&apos;s Live Producer: on instagram.com, Create › Live video, then “Streaming software”. The key changes with each live.</translation>
    </message>
    <message>
        <source>TikTok LIVE</source>
        <translation>TikTok LIVE</translation>
    </message>
    <message>
        <source>Copy the server URL and stream key from TikTok LIVE Producer (livecenter.tiktok.com/producer), open to accounts allowed to go live from a computer. The key changes with each live.</source>
        <translation>Copy the server URL and stream key from TikTok LIVE Producer (livecenter.tiktok.com/producer), open to accounts allowed to go live from a computer. The key changes with each live.</translation>
    </message>
    <message>
        <source>Twitch</source>
        <translation>Twitch</translation>
    </message>
    <message>
        <source>Copy the stream key from the Twitch dashboard › Settings › Stream.</source>
        <translation>Copy the stream key from the Twitch dashboard › Settings › Stream.</translation>
    </message>
    <message>
        <source>LinkedIn Live</source>
        <translation>LinkedIn Live</translation>
    </message>
    <message>
        <source>Create a LinkedIn Live event with “Streaming software”, then copy its stream URL and stream key.</source>
        <translation>Create a LinkedIn Live event with “Streaming software”, then copy its stream URL and stream key.</translation>
    </message>
    <message>
        <source>Your site or another server (RTMP)</source>
        <translation>Your site or another server (RTMP)</translation>
    </message>
    <message>
        <source>The RTMP(S) server address and stream key your site&apos;s video host, or another platform, gives you.</source>
        <translation>The RTMP(S) server address and stream key your site&apos;s video host, or another platform, gives you.</translation>
    </message>
    <message>
        <source>e.g. YouTube — Maison Moulin channel</source>
        <translation>e.g. YouTube — Maison Moulin channel</translation>
    </message>
    <message>
        <source>Show all services</source>
        <translation>Show all services</translation>
    </message>
    <message>
        <source>Every other service of OBS Studio&apos;s list</source>
        <translation>Every other service of OBS Studio&apos;s list</translation>
    </message>
    <message>
        <source>%1 — key missing</source>
        <translation>%1 — key missing</translation>
    </message>
    <message>
        <source>No stream key: this destination cannot go live until you paste its key.</source>
        <translation>No stream key: this destination cannot go live until you paste its key.</translation>
    </message>
    <message>
        <source>“%1” has no stream key: paste it from the platform&apos;s live dashboard, or untick “Go live to this destination”.</source>
        <translation>“%1” has no stream key: paste it from the platform&apos;s live dashboard, or untick “Go live to this destination”.</translation>
    </message>
    <message>
        <source>Relay server (fans out to platforms)</source>
        <translation>Relay server (fans out to platforms)</translation>
    </message>
    <message>
        <source>The brand&apos;s own server (nginx-rtmp, SRS) that pushes this stream on to each platform: the studio sends one stream, whatever the number of platforms.</source>
        <translation>The brand&apos;s own server (nginx-rtmp, SRS) that pushes this stream on to each platform: the studio sends one stream, whatever the number of platforms.</translation>
    </message>
    <message>
        <source>e.g. YouTube, Facebook, Twitch</source>
        <translation>e.g. YouTube, Facebook, Twitch</translation>
    </message>
    <message>
        <source>Names only, separated by commas, as a reminder: the relay server streams to them, the studio does not.</source>
        <translation>Names only, separated by commas, as a reminder: the relay server streams to them, the studio does not.</translation>
    </message>
    <message>
        <source>Platforms behind the relay:</source>
        <translation>Platforms behind the relay:</translation>
    </message>
    <message>
        <source>Fed by the relay server “%1”: the studio streams to the relay only.</source>
        <translation>Fed by the relay server “%1”: the studio streams to the relay only.</translation>
    </message>
    <message>
        <source>Relay server: the studio streams here, the relay pushes on to the platforms listed under it.</source>
        <translation>Relay server: the studio streams here, the relay pushes on to the platforms listed under it.</translation>
    </message>
    <message>
        <source>Vertical 9:16 (mobile platforms: TikTok, Reels, Shorts)</source>
        <translation>Vertical 9:16 (mobile platforms: TikTok, Reels, Shorts)</translation>
    </message>
    <message>
        <source>This destination gets a vertical 9:16 picture made from the show&apos;s scenes, composed and encoded beside the landscape one.</source>
        <translation>This destination gets a vertical 9:16 picture made from the show&apos;s scenes, composed and encoded beside the landscape one.</translation>
    </message>
    <message>
        <source>%1 takes at most %2 kbps of video (more: it gets an encoder of its own)</source>
        <translation>%1 takes at most %2 kbps of video (more: it gets an encoder of its own)</translation>
    </message>
</context>
<context>
    <name>vitrine::DestinationsDock</name>
    <message>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>Bitrate</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Congestion</source>
        <translation>Congestion</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>Reconnects</translation>
    </message>
    <message>
        <source>On air</source>
        <translation>On air</translation>
    </message>
    <message>
        <source>Start all</source>
        <translation>Start all</translation>
    </message>
    <message>
        <source>Go live on every enabled destination</source>
        <translation>Go live on every enabled destination</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Stop all</translation>
    </message>
    <message>
        <source>End the live on every destination</source>
        <translation>End the live on every destination</translation>
    </message>
    <message>
        <source>Destinations…</source>
        <translation>Destinations…</translation>
    </message>
    <message>
        <source>Add, remove or change destinations (also while live)</source>
        <translation>Add, remove or change destinations (also while live)</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconnect</translation>
    </message>
    <message>
        <source>Reconnect now: try at once instead of waiting, or make a new connection</source>
        <translation>Reconnect now: try at once instead of waiting, or make a new connection</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Reading the key…</source>
        <translation>Reading the key…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Reconnecting — try %1 in %2 s</source>
        <translation>Reconnecting — try %1 in %2 s</translation>
    </message>
    <message>
        <source>Reconnecting — try %1…</source>
        <translation>Reconnecting — try %1…</translation>
    </message>
    <message>
        <source>Failed — key rejected</source>
        <translation>Failed — key rejected</translation>
    </message>
    <message>
        <source>Failed — no key</source>
        <translation>Failed — no key</translation>
    </message>
    <message>
        <source>Failed — server unreachable</source>
        <translation>Failed — server unreachable</translation>
    </message>
    <message>
        <source>Failed — gave up reconnecting</source>
        <translation>Failed — gave up reconnecting</translation>
    </message>
    <message>
        <source>Failed — bad address</source>
        <translation>Failed — bad address</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
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
        <source>Stop streaming to “%1”; the others go on</source>
        <translation>Stop streaming to “%1”; the others go on</translation>
    </message>
    <message>
        <source>Start streaming to “%1”</source>
        <translation>Start streaming to “%1”</translation>
    </message>
    <message>
        <source>%1 kb/s</source>
        <translation>%1 kb/s</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Your connection is not carrying every destination: %1 of %2 kb/s sent. Stop a destination, lower the video bitrate in Settings, or send one stream to a relay server that feeds the platforms.</source>
        <translation>Your connection is not carrying every destination: %1 of %2 kb/s sent. Stop a destination, lower the video bitrate in Settings, or send one stream to a relay server that feeds the platforms.</translation>
    </message>
    <message>
        <source>No destination yet: add the platforms this show goes live on with Destinations….</source>
        <translation>No destination yet: add the platforms this show goes live on with Destinations….</translation>
    </message>
    <message>
        <source>%1 kb/s, own encoder</source>
        <translation>%1 kb/s, own encoder</translation>
    </message>
    <message>
        <source>Its service takes less than the show streams: it has an encoder of its own at %1 kbps of video and %2 kbps of audio.</source>
        <translation>Its service takes less than the show streams: it has an encoder of its own at %1 kbps of video and %2 kbps of audio.</translation>
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
    <name>vitrine::EngagementPanel</name>
    <message>
        <source>Giveaway</source>
        <translation>Giveaway</translation>
    </message>
    <message>
        <source>What viewers write in any chat to enter: one entry per viewer and platform</source>
        <translation>What viewers write in any chat to enter: one entry per viewer and platform</translation>
    </message>
    <message>
        <source>Draw a winner</source>
        <translation>Draw a winner</translation>
    </message>
    <message>
        <source>Closes the entries and draws one at random; the draw is written to the event log with its seed, so it can be checked</source>
        <translation>Closes the entries and draws one at random; the draw is written to the event log with its seed, so it can be checked</translation>
    </message>
    <message>
        <source>Keyword:</source>
        <translation>Keyword:</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>Poll</translation>
    </message>
    <message>
        <source>Which colour next?</source>
        <translation>Which colour next?</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Question:</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <source>Option %1 (optional)</source>
        <translation>Option %1 (optional)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>A giveaway needs a keyword viewers can write, such as #gagner.</source>
        <translation>A giveaway needs a keyword viewers can write, such as #gagner.</translation>
    </message>
    <message>
        <source>A poll needs a question and 2 to 4 different options.</source>
        <translation>A poll needs a question and 2 to 4 different options.</translation>
    </message>
    <message>
        <source>Close entries</source>
        <translation>Close entries</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Stops taking entries; they stay for the draw</source>
        <translation>Stops taking entries; they stay for the draw</translation>
    </message>
    <message>
        <source>Opens entries: viewers write the keyword in any chat</source>
        <translation>Opens entries: viewers write the keyword in any chat</translation>
    </message>
    <message numerus="yes">
        <source>Open: %n entries</source>
        <translation>
            <numerusform>Open: %n entries</numerusform>
            <numerusform>Open: %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entries</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Winner:&lt;/b&gt; %1 (%2)</source>
        <translation>&lt;b&gt;Winner:&lt;/b&gt; %1 (%2)</translation>
    </message>
    <message>
        <source>End poll</source>
        <translation>End poll</translation>
    </message>
    <message>
        <source>Start poll</source>
        <translation>Start poll</translation>
    </message>
    <message>
        <source>%1 (%p%)</source>
        <translation>%1 (%p%)</translation>
    </message>
    <message>
        <source>Viewers vote by writing an option&apos;s number or its text</source>
        <translation>Viewers vote by writing an option&apos;s number or its text</translation>
    </message>
    <message numerus="yes">
        <source>%n votes</source>
        <translation>
            <numerusform>%n votes</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message>
        <source>Only viewers who claimed a product</source>
        <translation>Only viewers who claimed a product</translation>
    </message>
    <message>
        <source>Entries count only from viewers who wrote a claim (SOLD, je prends) in this show</source>
        <translation>Entries count only from viewers who wrote a claim (SOLD, je prends) in this show</translation>
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
        <source>graphics initialisation failed (is Mesa&apos;s OpenGL installed?)</source>
        <translation>graphics initialisation failed (is Mesa&apos;s OpenGL installed?)</translation>
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
        <source>cannot write the show&apos;s event log %1: %2</source>
        <translation>cannot write the show&apos;s event log %1: %2</translation>
    </message>
</context>
<context>
    <name>vitrine::ExactCut</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <source>cannot read the streams of %1: %2</source>
        <translation>cannot read the streams of %1: %2</translation>
    </message>
    <message>
        <source>%1 has no video to cut</source>
        <translation>%1 has no video to cut</translation>
    </message>
    <message>
        <source>cannot decode the video of %1</source>
        <translation>cannot decode the video of %1</translation>
    </message>
    <message>
        <source>cannot decode the video of %1: %2</source>
        <translation>cannot decode the video of %1: %2</translation>
    </message>
    <message>
        <source>this FFmpeg has no H.264 encoder</source>
        <translation>this FFmpeg has no H.264 encoder</translation>
    </message>
    <message>
        <source>no container is known for %1</source>
        <translation>no container is known for %1</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>cannot prepare %1: %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>out of memory</translation>
    </message>
    <message>
        <source>cannot start the H.264 encoder: %1</source>
        <translation>cannot start the H.264 encoder: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>cannot start %1: %2</translation>
    </message>
    <message>
        <source>cannot encode the clip: %1</source>
        <translation>cannot encode the clip: %1</translation>
    </message>
    <message>
        <source>cannot write the clip: %1</source>
        <translation>cannot write the clip: %1</translation>
    </message>
    <message>
        <source>cannot convert the pictures of the clip</source>
        <translation>cannot convert the pictures of the clip</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>the clip would be empty</source>
        <translation>the clip would be empty</translation>
    </message>
    <message>
        <source>no picture in %1 between %2 s and %3 s</source>
        <translation>no picture in %1 between %2 s and %3 s</translation>
    </message>
    <message>
        <source>cannot finish %1: %2</source>
        <translation>cannot finish %1: %2</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>cannot rename %1 to %2</translation>
    </message>
</context>
<context>
    <name>vitrine::FacebookComment</name>
    <message>
        <source>a Facebook comment event is not a JSON object</source>
        <translation>a Facebook comment event is not a JSON object</translation>
    </message>
    <message>
        <source>Facebook reported an error: %1</source>
        <translation>Facebook reported an error: %1</translation>
    </message>
    <message>
        <source>a Facebook comment event has no id or no message</source>
        <translation>a Facebook comment event has no id or no message</translation>
    </message>
</context>
<context>
    <name>vitrine::FacebookConnector</name>
    <message>
        <source>Facebook sent a comment that could not be read: %1</source>
        <translation>Facebook sent a comment that could not be read: %1</translation>
    </message>
    <message>
        <source>Facebook answered %1: %2</source>
        <translation>Facebook answered %1: %2</translation>
    </message>
    <message>
        <source>Facebook answered HTTP %1</source>
        <translation>Facebook answered HTTP %1</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>cannot reach %1: %2</translation>
    </message>
    <message>
        <source>the comment stream ended</source>
        <translation>the comment stream ended</translation>
    </message>
    <message>
        <source>Facebook does not let pages time out or ban live commenters</source>
        <translation>Facebook does not let pages time out or ban live commenters</translation>
    </message>
    <message>
        <source>Facebook: no page token — sign in to post</source>
        <translation>Facebook: no page token — sign in to post</translation>
    </message>
    <message>
        <source>The comment was not posted to Facebook</source>
        <translation>The comment was not posted to Facebook</translation>
    </message>
    <message>
        <source>The comment was not deleted on Facebook</source>
        <translation>The comment was not deleted on Facebook</translation>
    </message>
</context>
<context>
    <name>vitrine::FrameGrabber</name>
    <message>
        <source>cannot open %1</source>
        <translation>cannot open %1</translation>
    </message>
    <message>
        <source>cannot read the streams of %1</source>
        <translation>cannot read the streams of %1</translation>
    </message>
    <message>
        <source>%1 has no video to take a picture from</source>
        <translation>%1 has no video to take a picture from</translation>
    </message>
    <message>
        <source>cannot decode the video of %1</source>
        <translation>cannot decode the video of %1</translation>
    </message>
    <message>
        <source>no picture could be decoded from %1</source>
        <translation>no picture could be decoded from %1</translation>
    </message>
    <message>
        <source>cannot scale the picture of %1</source>
        <translation>cannot scale the picture of %1</translation>
    </message>
</context>
<context>
    <name>vitrine::GoLiveBar</name>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Time on air</source>
        <translation>Time on air</translation>
    </message>
    <message>
        <source>Share of the computer&apos;s processor the studio uses</source>
        <translation>Share of the computer&apos;s processor the studio uses</translation>
    </message>
    <message>
        <source>Frames the renderer missed since the live started (the picture stutters)</source>
        <translation>Frames the renderer missed since the live started (the picture stutters)</translation>
    </message>
    <message>
        <source>Frames the encoder skipped because it could not keep up</source>
        <translation>Frames the encoder skipped because it could not keep up</translation>
    </message>
    <message>
        <source>Frames dropped because the network could not keep up</source>
        <translation>Frames dropped because the network could not keep up</translation>
    </message>
    <message>
        <source>What the studio sends, over every destination</source>
        <translation>What the studio sends, over every destination</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Stop recording</translation>
    </message>
    <message>
        <source>Stop the live?</source>
        <translation>Stop the live?</translation>
    </message>
    <message>
        <source>Your audience will stop seeing you on every destination. Stop the live now?</source>
        <translation>Your audience will stop seeing you on every destination. Stop the live now?</translation>
    </message>
    <message>
        <source>Cannot go live</source>
        <translation>Cannot go live</translation>
    </message>
    <message>
        <source>Cannot record</source>
        <translation>Cannot record</translation>
    </message>
    <message>
        <source>Recording to %1</source>
        <translation>Recording to %1</translation>
    </message>
    <message>
        <source>Start live</source>
        <translation>Start live</translation>
    </message>
    <message>
        <source>Stop live</source>
        <translation>Stop live</translation>
    </message>
    <message>
        <source>CONNECTING</source>
        <translation>CONNECTING</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connecting</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No destination</source>
        <translation>No destination</translation>
    </message>
    <message>
        <source>CPU %1%</source>
        <translation>CPU %1%</translation>
    </message>
    <message>
        <source>Render lag %1 (%2%)</source>
        <translation>Render lag %1 (%2%)</translation>
    </message>
    <message>
        <source>Encode lag %1 (%2%)</source>
        <translation>Encode lag %1 (%2%)</translation>
    </message>
    <message>
        <source>Dropped %1</source>
        <translation>Dropped %1</translation>
    </message>
    <message>
        <source>%1 kb/s</source>
        <translation>%1 kb/s</translation>
    </message>
    <message>
        <source>%1: %2 kb/s, %3 dropped</source>
        <translation>%1: %2 kb/s, %3 dropped</translation>
    </message>
    <message>
        <source>Nothing is being sent</source>
        <translation>Nothing is being sent</translation>
    </message>
    <message>
        <source>Time recorded</source>
        <translation>Time recorded</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Show in folder</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>The recording folder %1 cannot be created. Choose another one in Settings.</source>
        <translation>The recording folder %1 cannot be created. Choose another one in Settings.</translation>
    </message>
    <message>
        <source>Recording saved — %1</source>
        <translation>Recording saved — %1</translation>
    </message>
    <message>
        <source>The recording stopped before anything was written.</source>
        <translation>The recording stopped before anything was written.</translation>
    </message>
    <message>
        <source>The recording failed: %1</source>
        <translation>The recording failed: %1</translation>
    </message>
    <message>
        <source>REC %1</source>
        <translation>REC %1</translation>
    </message>
    <message>
        <source>Open Destinations…</source>
        <translation>Open Destinations…</translation>
    </message>
    <message numerus="yes">
        <source>live, %n reconnection(s)</source>
        <translation>
            <numerusform>live, %n reconnection(s)</numerusform>
            <numerusform>live, %n reconnection(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>reconnecting (try %1)</source>
        <translation>reconnecting (try %1)</translation>
    </message>
    <message>
        <source>Your connection is not carrying every destination (%1 of %2 kb/s): see the Destinations dock.</source>
        <translation>Your connection is not carrying every destination (%1 of %2 kb/s): see the Destinations dock.</translation>
    </message>
    <message>
        <source>The vertical canvas is not recorded: %1</source>
        <translation>The vertical canvas is not recorded: %1</translation>
    </message>
</context>
<context>
    <name>vitrine::GoLiveToolBar</name>
    <message>
        <source>Go live</source>
        <translation>Go live</translation>
    </message>
    <message>
        <source>Destinations…</source>
        <translation>Destinations…</translation>
    </message>
    <message>
        <source>Where the live goes, and the stream keys (kept in the system keychain)</source>
        <translation>Where the live goes, and the stream keys (kept in the system keychain)</translation>
    </message>
    <message>
        <source>Stop the live and quit?</source>
        <translation>Stop the live and quit?</translation>
    </message>
    <message>
        <source>The live is running. Stop it cleanly and quit?</source>
        <translation>The live is running. Stop it cleanly and quit?</translation>
    </message>
    <message>
        <source>The live and the recording are running. Stop both cleanly and quit?</source>
        <translation>The live and the recording are running. Stop both cleanly and quit?</translation>
    </message>
    <message>
        <source>Stop the recording and quit?</source>
        <translation>Stop the recording and quit?</translation>
    </message>
    <message>
        <source>The recording is running. Stop it cleanly (the file stays playable) and quit?</source>
        <translation>The recording is running. Stop it cleanly (the file stays playable) and quit?</translation>
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
        <source>outputs did not start within %1 s</source>
        <translation>outputs did not start within %1 s</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (cannot open “%1”)</source>
        <translation> (cannot open “%1”)</translation>
    </message>
    <message>
        <source>never connected (last: %1)</source>
        <translation>never connected (last: %1)</translation>
    </message>
    <message>
        <source>--chat-log needs at least one --chat</source>
        <translation>--chat-log needs at least one --chat</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connected</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <source>cannot write the chat log %1: the folder %2 does not exist</source>
        <translation>cannot write the chat log %1: the folder %2 does not exist</translation>
    </message>
    <message>
        <source>chat %1: %2</source>
        <translation>chat %1: %2</translation>
    </message>
    <message>
        <source>%1 (skipped)</source>
        <translation>%1 (skipped)</translation>
    </message>
    <message>
        <source>no key for %1 in a headless run</source>
        <translation>no key for %1 in a headless run</translation>
    </message>
    <message>
        <source>recording: %1</source>
        <translation>recording: %1</translation>
    </message>
    <message>
        <source>outputs did not stop within %1 s; stopping them forcibly</source>
        <translation>outputs did not stop within %1 s; stopping them forcibly</translation>
    </message>
    <message>
        <source>stream %1</source>
        <translation>stream %1</translation>
    </message>
    <message>
        <source>%1: %2 — reconnecting (try %3)</source>
        <translation>%1: %2 — reconnecting (try %3)</translation>
    </message>
    <message>
        <source>%1: back on air (reconnection %2)</source>
        <translation>%1: back on air (reconnection %2)</translation>
    </message>
    <message>
        <source>vertical recording: %1</source>
        <translation>vertical recording: %1</translation>
    </message>
    <message>
        <source>--stream-service: OBS Studio&apos;s list of services (%1) has no service named “%2”</source>
        <translation>--stream-service: OBS Studio&apos;s list of services (%1) has no service named “%2”</translation>
    </message>
    <message>
        <source>cannot write the claims %1: the folder %2 does not exist</source>
        <translation>cannot write the claims %1: the folder %2 does not exist</translation>
    </message>
    <message>
        <source>replay: the recording is an MP4 already; record to .mkv for a replay with chapters</source>
        <translation>replay: the recording is an MP4 already; record to .mkv for a replay with chapters</translation>
    </message>
    <message>
        <source>--remote-port: %1</source>
        <translation>--remote-port: %1</translation>
    </message>
    <message>
        <source>remote: serving %1</source>
        <translation>remote: serving %1</translation>
    </message>
</context>
<context>
    <name>vitrine::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Vitrine Studio</source>
        <translation>&amp;About Vitrine Studio</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>The user guide (README.md) is not installed with this copy of the studio.</source>
        <translation>The user guide (README.md) is not installed with this copy of the studio.</translation>
    </message>
    <message>
        <source>Vitrine Studio — User guide</source>
        <translation>Vitrine Studio — User guide</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>About Vitrine Studio</source>
        <translation>About Vitrine Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Vitrine Studio %1&lt;/h3&gt;&lt;p&gt;A studio for live shopping shows: camera scenes, product cards, promo codes, one merged chat and streams to every platform.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vitrine Studio %1&lt;/h3&gt;&lt;p&gt;A studio for live shopping shows: camera scenes, product cards, promo codes, one merged chat and streams to every platform.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Running on:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Running on:&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>vitrine::ImportSummary</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error(s)</numerusform>
            <numerusform>%n error(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning(s)</numerusform>
            <numerusform>%n warning(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>No product could be read from %1 (%2).</source>
        <translation>No product could be read from %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) read from %1</source>
        <translation>
            <numerusform>%n product(s) read from %1</numerusform>
            <numerusform>%n product(s) read from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged</source>
        <translation>%1 new, %2 updated, %3 unchanged</translation>
    </message>
    <message>
        <source>Reading stopped early: only the products before the error were read.</source>
        <translation>Reading stopped early: only the products before the error were read.</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>New: %1</translation>
    </message>
    <message>
        <source>Not in the file (kept): %1</source>
        <translation>Not in the file (kept): %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Check: %1 has the same title as %2</source>
        <translation>Check: %1 has the same title as %2</translation>
    </message>
    <message>
        <source>Check: %1 looks like %2 (SKUs one letter apart)</source>
        <translation>Check: %1 looks like %2 (SKUs one letter apart)</translation>
    </message>
    <message numerus="yes">
        <source>%n look(s) like a product already there</source>
        <translation>
            <numerusform>%n look(s) like a product already there</numerusform>
            <numerusform>%n look(s) like a product already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the show but not in the file (kept)</source>
        <translation>
            <numerusform>%n in the show but not in the file (kept)</numerusform>
            <numerusform>%n in the show but not in the file (kept)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::IrcMessage</name>
    <message>
        <source>an IRC line holds a control character where none may be</source>
        <translation>an IRC line holds a control character where none may be</translation>
    </message>
    <message>
        <source>an IRC line has no command</source>
        <translation>an IRC line has no command</translation>
    </message>
    <message numerus="yes">
        <source>%n bits</source>
        <translation>
            <numerusform>%n bits</numerusform>
            <numerusform>%n bits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::KeyStore</name>
    <message>
        <source>access to the keychain was refused</source>
        <translation>access to the keychain was refused</translation>
    </message>
    <message>
        <source>no keychain is available (is a Secret Service such as GNOME Keyring or KWallet running?)</source>
        <translation>no keychain is available (is a Secret Service such as GNOME Keyring or KWallet running?)</translation>
    </message>
    <message>
        <source>the keychain failed: %1</source>
        <translation>the keychain failed: %1</translation>
    </message>
    <message>
        <source>no stream key is stored in the system keychain</source>
        <translation>no stream key is stored in the system keychain</translation>
    </message>
</context>
<context>
    <name>vitrine::LiveDashboardDock</name>
    <message>
        <source>Minutes since the start</source>
        <translation>Minutes since the start</translation>
    </message>
    <message>
        <source>Live dashboard</source>
        <translation>Live dashboard</translation>
    </message>
    <message>
        <source>Chat messages per minute</source>
        <translation>Chat messages per minute</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Concurrent viewers</source>
        <translation>Concurrent viewers</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Viewers</translation>
    </message>
    <message>
        <source>Peak audience:</source>
        <translation>Peak audience:</translation>
    </message>
    <message>
        <source>Average audience:</source>
        <translation>Average audience:</translation>
    </message>
    <message>
        <source>Promo window:</source>
        <translation>Promo window:</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Buy intent</source>
        <translation>Buy intent</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Time on product</source>
        <translation>Time on product</translation>
    </message>
    <message>
        <source>%1 viewers</source>
        <translation>%1 viewers</translation>
    </message>
    <message>
        <source>no count yet</source>
        <translation>no count yet</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, since %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>vitrine::LiveShortcuts</name>
    <message>
        <source>Pin the selected product</source>
        <translation>Pin the selected product</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Unpin</translation>
    </message>
    <message>
        <source>Next segment</source>
        <translation>Next segment</translation>
    </message>
    <message>
        <source>Start/stop the promo code</source>
        <translation>Start/stop the promo code</translation>
    </message>
    <message>
        <source>Start/stop live</source>
        <translation>Start/stop live</translation>
    </message>
    <message>
        <source>Start/stop recording</source>
        <translation>Start/stop recording</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Next question</translation>
    </message>
</context>
<context>
    <name>vitrine::LiveShow</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Stock feed unreachable, keeping the last known stock: %1</source>
        <translation>Stock feed unreachable, keeping the last known stock: %1</translation>
    </message>
    <message>
        <source>Stock feed reachable again.</source>
        <translation>Stock feed reachable again.</translation>
    </message>
    <message>
        <source>no scene “%1” in the show</source>
        <translation>no scene “%1” in the show</translation>
    </message>
    <message>
        <source>cannot put “%1” on air now</source>
        <translation>cannot put “%1” on air now</translation>
    </message>
    <message>
        <source>Video settings cannot change during a live or a recording.</source>
        <translation>Video settings cannot change during a live or a recording.</translation>
    </message>
    <message>
        <source>invalid canvas %1×%2 at %3 fps</source>
        <translation>invalid canvas %1×%2 at %3 fps</translation>
    </message>
    <message>
        <source>The vertical canvas could not be turned on: %1</source>
        <translation>The vertical canvas could not be turned on: %1</translation>
    </message>
    <message>
        <source>The vertical canvas cannot be turned on during a live or a recording.</source>
        <translation>The vertical canvas cannot be turned on during a live or a recording.</translation>
    </message>
</context>
<context>
    <name>vitrine::LiveState</name>
    <message>
        <source>No product has the SKU “%1”.</source>
        <translation>No product has the SKU “%1”.</translation>
    </message>
    <message>
        <source>“%1” is sold out: a flash sale cannot sell it.</source>
        <translation>“%1” is sold out: a flash sale cannot sell it.</translation>
    </message>
    <message>
        <source>The flash sale needs a price above zero.</source>
        <translation>The flash sale needs a price above zero.</translation>
    </message>
    <message>
        <source>The flash sale needs a quantity of at least 1.</source>
        <translation>The flash sale needs a quantity of at least 1.</translation>
    </message>
    <message>
        <source>A flash sale starts in %1 to %2 seconds.</source>
        <translation>A flash sale starts in %1 to %2 seconds.</translation>
    </message>
    <message>
        <source>A flash sale lasts 1 to 60 minutes.</source>
        <translation>A flash sale lasts 1 to 60 minutes.</translation>
    </message>
</context>
<context>
    <name>vitrine::MainWindow</name>
    <message>
        <source>Vitrine Studio</source>
        <translation>Vitrine Studio</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Controls</translation>
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
        <source>Render %1 ms · lagged %2 of %3 frames</source>
        <translation>Render %1 ms · lagged %2 of %3 frames</translation>
    </message>
    <message>
        <source>Import catalogue…</source>
        <translation>Import catalogue…</translation>
    </message>
    <message>
        <source>Import products from a CSV, a Shopify products.json or a Google Merchant feed</source>
        <translation>Import products from a CSV, a Shopify products.json or a Google Merchant feed</translation>
    </message>
    <message numerus="yes">
        <source>Catalogue imported: %n products</source>
        <translation>
            <numerusform>Catalogue imported: %n products</numerusform>
            <numerusform>Catalogue imported: %n products</numerusform>
        </translation>
    </message>
    <message>
        <source>Camera of “%1” unplugged: plug it back in or pick another one in its properties.</source>
        <translation>Camera of “%1” unplugged: plug it back in or pick another one in its properties.</translation>
    </message>
    <message>
        <source>Camera of “%1” is back.</source>
        <translation>Camera of “%1” is back.</translation>
    </message>
    <message>
        <source>%1 (skipped)</source>
        <translation>%1 (skipped)</translation>
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
        <source>cannot fetch the feed &quot;%1&quot;: only http, https and file URLs are read</source>
        <translation>cannot fetch the feed &quot;%1&quot;: only http, https and file URLs are read</translation>
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
        <source>duplicate id &quot;%1&quot; (first at line %2); this item is skipped</source>
        <translation>duplicate id &quot;%1&quot; (first at line %2); this item is skipped</translation>
    </message>
    <message>
        <source>item &quot;%1&quot; has no price; it is skipped</source>
        <translation>item &quot;%1&quot; has no price; it is skipped</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price (expected an amount and a currency such as &quot;89.99 EUR&quot;); item &quot;%2&quot; is skipped</source>
        <translation>&quot;%1&quot; is not a price (expected an amount and a currency such as &quot;89.99 EUR&quot;); item &quot;%2&quot; is skipped</translation>
    </message>
    <message>
        <source>unknown availability &quot;%1&quot; (expected in_stock, out_of_stock, preorder or backorder); item &quot;%2&quot; is taken as out of stock</source>
        <translation>unknown availability &quot;%1&quot; (expected in_stock, out_of_stock, preorder or backorder); item &quot;%2&quot; is taken as out of stock</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity; the stock of item &quot;%2&quot; is unknown</source>
        <translation>&quot;%1&quot; is not a quantity; the stock of item &quot;%2&quot; is unknown</translation>
    </message>
    <message>
        <source>item &quot;%1&quot; has no title; its id is used instead</source>
        <translation>item &quot;%1&quot; has no title; its id is used instead</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is also the item_group_id of other items; this item is skipped</source>
        <translation>id &quot;%1&quot; is also the item_group_id of other items; this item is skipped</translation>
    </message>
    <message>
        <source>group &quot;%1&quot; is also the id of another item; item &quot;%2&quot; is skipped</source>
        <translation>group &quot;%1&quot; is also the id of another item; item &quot;%2&quot; is skipped</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price; the sale price is ignored</source>
        <translation>&quot;%1&quot; is not a price; the sale price is ignored</translation>
    </message>
    <message>
        <source>the sale price is in %1 but the price in %2; the sale price is ignored</source>
        <translation>the sale price is in %1 but the price in %2; the sale price is ignored</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date range (expected start/end in ISO 8601, such as 2026-11-20T00:00+01:00/2026-11-30T23:59+01:00); the sale price is ignored</source>
        <translation>&quot;%1&quot; is not a date range (expected start/end in ISO 8601, such as 2026-11-20T00:00+01:00/2026-11-30T23:59+01:00); the sale price is ignored</translation>
    </message>
</context>
<context>
    <name>vitrine::MixerDock</name>
    <message>
        <source>Audio mixer</source>
        <translation>Audio mixer</translation>
    </message>
    <message>
        <source>No source makes sound in this show.</source>
        <translation>No source makes sound in this show.</translation>
    </message>
</context>
<context>
    <name>vitrine::MixerStrip</name>
    <message>
        <source>Mute %1</source>
        <translation>Mute %1</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Mute</translation>
    </message>
    <message>
        <source>Gain of %1 (dB)</source>
        <translation>Gain of %1 (dB)</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Gain</translation>
    </message>
    <message>
        <source>Monitor off</source>
        <translation>Monitor off</translation>
    </message>
    <message>
        <source>Monitor only (mute output)</source>
        <translation>Monitor only (mute output)</translation>
    </message>
    <message>
        <source>Monitor and output</source>
        <translation>Monitor and output</translation>
    </message>
    <message>
        <source>Hear this source in your headphones</source>
        <translation>Hear this source in your headphones</translation>
    </message>
    <message>
        <source>Unmute %1</source>
        <translation>Unmute %1</translation>
    </message>
    <message>
        <source>-inf dB</source>
        <translation>-inf dB</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
</context>
<context>
    <name>vitrine::OAuthConfig</name>
    <message>
        <source>Sign-in to %1 is not set up: the setting oauth/%1/%2 is missing.</source>
        <translation>Sign-in to %1 is not set up: the setting oauth/%1/%2 is missing.</translation>
    </message>
</context>
<context>
    <name>vitrine::OAuthSignIn</name>
    <message>
        <source>the code was refused</source>
        <translation>the code was refused</translation>
    </message>
    <message>
        <source>Cannot open a local port for the %1 sign-in to come back to.</source>
        <translation>Cannot open a local port for the %1 sign-in to come back to.</translation>
    </message>
    <message>
        <source>the server refused the request</source>
        <translation>the server refused the request</translation>
    </message>
    <message>
        <source>Sign-in to %1 failed (%2). Try again.</source>
        <translation>Sign-in to %1 failed (%2). Try again.</translation>
    </message>
    <message>
        <source>The %1 sign-in has expired; sign in again.</source>
        <translation>The %1 sign-in has expired; sign in again.</translation>
    </message>
    <message>
        <source>%1 refused the saved sign-in (%2); sign in again.</source>
        <translation>%1 refused the saved sign-in (%2); sign in again.</translation>
    </message>
    <message>
        <source>Could not renew the %1 sign-in: %2. The chat keeps trying; sign in again if it persists.</source>
        <translation>Could not renew the %1 sign-in: %2. The chat keeps trying; sign in again if it persists.</translation>
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
    <name>vitrine::OverlayComposer</name>
    <message>
        <source>PROMO</source>
        <translation>PROMO</translation>
    </message>
    <message>
        <source>FLASH SALE</source>
        <translation>FLASH SALE</translation>
    </message>
    <message>
        <source>%1 instead of %2 — starts in</source>
        <translation>%1 instead of %2 — starts in</translation>
    </message>
    <message numerus="yes">
        <source>%n left at this price</source>
        <translation>
            <numerusform>%n left at this price</numerusform>
            <numerusform>%n left at this price</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sold in %1 min</source>
        <translation>
            <numerusform>%n sold in %1 min</numerusform>
            <numerusform>%n sold in %1 min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people want it</source>
        <translation>
            <numerusform>%n people want it</numerusform>
            <numerusform>%n people want it</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting soon</source>
        <translation>Starting soon</translation>
    </message>
    <message>
        <source>Thanks for watching!</source>
        <translation>Thanks for watching!</translation>
    </message>
    <message>
        <source>Replay: %1</source>
        <translation>Replay: %1</translation>
    </message>
    <message>
        <source>“%1” on flash sale in %2.</source>
        <translation>“%1” on flash sale in %2.</translation>
    </message>
    <message>
        <source>“%1” on flash sale: %2 left at this price, %3 to go.</source>
        <translation>“%1” on flash sale: %2 left at this price, %3 to go.</translation>
    </message>
    <message>
        <source>%1 %2 · %3%</source>
        <translation>%1 %2 · %3%</translation>
    </message>
    <message>
        <source>POLL</source>
        <translation>POLL</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RESULT</translation>
    </message>
    <message numerus="yes">
        <source>%n votes</source>
        <translation>
            <numerusform>%n votes</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message>
        <source>GIVEAWAY</source>
        <translation>GIVEAWAY</translation>
    </message>
    <message>
        <source>Write %1 to enter</source>
        <translation>Write %1 to enter</translation>
    </message>
    <message numerus="yes">
        <source>%n entries so far, from every chat</source>
        <translation>
            <numerusform>%n entries so far, from every chat</numerusform>
            <numerusform>%n entries so far, from every chat</numerusform>
        </translation>
    </message>
    <message>
        <source>Winner: %1</source>
        <translation>Winner: %1</translation>
    </message>
    <message numerus="yes">
        <source>Drawn from %n entries</source>
        <translation>
            <numerusform>Drawn from %n entries</numerusform>
            <numerusform>Drawn from %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::OverlayKind</name>
    <message>
        <source>Product card</source>
        <translation>Product card</translation>
    </message>
    <message>
        <source>Promo banner</source>
        <translation>Promo banner</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>Flash sale</translation>
    </message>
    <message>
        <source>Social proof ticker</source>
        <translation>Social proof ticker</translation>
    </message>
    <message>
        <source>Lower third</source>
        <translation>Lower third</translation>
    </message>
    <message>
        <source>Chat highlight</source>
        <translation>Chat highlight</translation>
    </message>
    <message>
        <source>Starting soon</source>
        <translation>Starting soon</translation>
    </message>
    <message>
        <source>End card</source>
        <translation>End card</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>Poll</translation>
    </message>
    <message>
        <source>Giveaway</source>
        <translation>Giveaway</translation>
    </message>
</context>
<context>
    <name>vitrine::OverlayPreview</name>
    <message>
        <source>the show has no product</source>
        <translation>the show has no product</translation>
    </message>
    <message>
        <source>the show has no product with SKU “%1”</source>
        <translation>the show has no product with SKU “%1”</translation>
    </message>
    <message>
        <source>the show has no promo code</source>
        <translation>the show has no promo code</translation>
    </message>
    <message>
        <source>the show has no promo code “%1”</source>
        <translation>the show has no promo code “%1”</translation>
    </message>
    <message>
        <source>unknown platform “%1”</source>
        <translation>unknown platform “%1”</translation>
    </message>
</context>
<context>
    <name>vitrine::OverlayRenderCommand</name>
    <message>
        <source>Renders one on-air overlay, where the show&apos;s theme places it, on a transparent canvas, as a PNG with alpha (a designer&apos;s preview: the state is built from the show and the options below).</source>
        <translation>Renders one on-air overlay, where the show&apos;s theme places it, on a transparent canvas, as a PNG with alpha (a designer&apos;s preview: the state is built from the show and the options below).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>The overlay: %1.</source>
        <translation>The overlay: %1.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>card, flash: the product (default: the first of the catalogue).</source>
        <translation>card, flash: the product (default: the first of the catalogue).</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>promo: the promo code, just started (default: the show&apos;s first).</source>
        <translation>promo: the promo code, just started (default: the show&apos;s first).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The canvas size (default: the show&apos;s), e.g. 1080x1920.</source>
        <translation>The canvas size (default: the show&apos;s), e.g. 1080x1920.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>A theme file (default: the show&apos;s theme); a broken one gives the default.</source>
        <translation>A theme file (default: the show&apos;s theme); a broken one gives the default.</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>FILE.json</translation>
    </message>
    <message>
        <source>&quot;Now&quot;, as an ISO 8601 UTC time, so renders are reproducible (default: the current time; starting-soon: 10 minutes before the show&apos;s scheduled start).</source>
        <translation>&quot;Now&quot;, as an ISO 8601 UTC time, so renders are reproducible (default: the current time; starting-soon: 10 minutes before the show&apos;s scheduled start).</translation>
    </message>
    <message>
        <source>ISO-UTC</source>
        <translation>ISO-UTC</translation>
    </message>
    <message>
        <source>The PNG to write.</source>
        <translation>The PNG to write.</translation>
    </message>
    <message>
        <source>FILE.png</source>
        <translation>FILE.png</translation>
    </message>
    <message>
        <source>flash: the sale price (default: 20 % off the product&apos;s price).</source>
        <translation>flash: the sale price (default: 20 % off the product&apos;s price).</translation>
    </message>
    <message>
        <source>PRICE</source>
        <translation>PRICE</translation>
    </message>
    <message>
        <source>flash: how many at the sale price (default 50).</source>
        <translation>flash: how many at the sale price (default 50).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>flash: seconds to the sale&apos;s start, to render its countdown (default: running, 5:00 left).</source>
        <translation>flash: seconds to the sale&apos;s start, to render its countdown (default: running, 5:00 left).</translation>
    </message>
    <message>
        <source>ticker: units sold in 5 minutes, a preview number (default 27).</source>
        <translation>ticker: units sold in 5 minutes, a preview number (default 27).</translation>
    </message>
    <message>
        <source>ticker: people who want it, a preview number (default 12).</source>
        <translation>ticker: people who want it, a preview number (default 12).</translation>
    </message>
    <message>
        <source>highlight: the chat&apos;s platform (default twitch).</source>
        <translation>highlight: the chat&apos;s platform (default twitch).</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATFORM</translation>
    </message>
    <message>
        <source>highlight: who wrote the message.</source>
        <translation>highlight: who wrote the message.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>highlight: the message.</source>
        <translation>highlight: the message.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>The verb.</translation>
    </message>
    <message>
        <source>The show file.</source>
        <translation>The show file.</translation>
    </message>
    <message>
        <source>usage: vitrine overlay render SHOW --kind KIND [--sku SKU] [--canvas WxH] [--theme FILE.json] [--at ISO-UTC] --out FILE.png</source>
        <translation>usage: vitrine overlay render SHOW --kind KIND [--sku SKU] [--canvas WxH] [--theme FILE.json] [--at ISO-UTC] --out FILE.png</translation>
    </message>
    <message>
        <source>unknown overlay kind “%1” (one of %2)</source>
        <translation>unknown overlay kind “%1” (one of %2)</translation>
    </message>
    <message>
        <source>--at needs an ISO 8601 time such as 2026-11-26T17:50:00Z, not “%1”</source>
        <translation>--at needs an ISO 8601 time such as 2026-11-26T17:50:00Z, not “%1”</translation>
    </message>
    <message>
        <source>--price needs an amount such as 59.90, not “%1”</source>
        <translation>--price needs an amount such as 59.90, not “%1”</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from 0 to 1000000, not “%2”</source>
        <translation>--%1 needs a whole number from 0 to 1000000, not “%2”</translation>
    </message>
    <message>
        <source>--starts-in needs a number of seconds from 0 to 86400, not “%1”</source>
        <translation>--starts-in needs a number of seconds from 0 to 86400, not “%1”</translation>
    </message>
    <message>
        <source>cannot read the show %1: %2</source>
        <translation>cannot read the show %1: %2</translation>
    </message>
    <message>
        <source>--canvas needs WIDTHxHEIGHT from 16 to 8192 pixels, such as 1080x1920, not “%1”</source>
        <translation>--canvas needs WIDTHxHEIGHT from 16 to 8192 pixels, such as 1080x1920, not “%1”</translation>
    </message>
    <message>
        <source>the %1 has nothing to show for this show (%2)</source>
        <translation>the %1 has nothing to show for this show (%2)</translation>
    </message>
    <message>
        <source>it has no host</source>
        <translation>it has no host</translation>
    </message>
    <message>
        <source>nothing in the preview state</source>
        <translation>nothing in the preview state</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 at %3,%4 (%5×%6) on a %7×%8 canvas</source>
        <translation>%1: %2 at %3,%4 (%5×%6) on a %7×%8 canvas</translation>
    </message>
</context>
<context>
    <name>vitrine::OverlayTheme</name>
    <message>
        <source>Overlay theme: unknown base theme “%1”, using “studio”.</source>
        <translation>Overlay theme: unknown base theme “%1”, using “studio”.</translation>
    </message>
    <message>
        <source>Overlay theme %1 cannot be read (%2): using the default theme.</source>
        <translation>Overlay theme %1 cannot be read (%2): using the default theme.</translation>
    </message>
    <message>
        <source>Overlay theme %1 is not a JSON object (%2): using the default theme.</source>
        <translation>Overlay theme %1 is not a JSON object (%2): using the default theme.</translation>
    </message>
    <message>
        <source>Overlay theme: colour “%1” is not a colour (#RRGGBB or #AARRGGBB), kept the default.</source>
        <translation>Overlay theme: colour “%1” is not a colour (#RRGGBB or #AARRGGBB), kept the default.</translation>
    </message>
    <message>
        <source>Overlay theme: “font” must name a font family, kept the default.</source>
        <translation>Overlay theme: “font” must name a font family, kept the default.</translation>
    </message>
    <message>
        <source>Overlay theme: “%1” must be a number from 0 to %2, kept the default.</source>
        <translation>Overlay theme: “%1” must be a number from 0 to %2, kept the default.</translation>
    </message>
    <message>
        <source>Overlay theme: %1 place of “%2” must be [x, y, width, height] as fractions of the canvas, kept the default.</source>
        <translation>Overlay theme: %1 place of “%2” must be [x, y, width, height] as fractions of the canvas, kept the default.</translation>
    </message>
</context>
<context>
    <name>vitrine::OverlaysDock</name>
    <message>
        <source>Overlays</source>
        <translation>Overlays</translation>
    </message>
    <message>
        <source>On the video</source>
        <translation>On the video</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Theme:</translation>
    </message>
    <message>
        <source>Studio (dark)</source>
        <translation>Studio (dark)</translation>
    </message>
    <message>
        <source>Boutique (light)</source>
        <translation>Boutique (light)</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>Flash sale</translation>
    </message>
    <message>
        <source>Sale price, e.g. 19.90</source>
        <translation>Sale price, e.g. 19.90</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Product:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Price:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Quantity:</translation>
    </message>
    <message>
        <source>Starts in:</source>
        <translation>Starts in:</translation>
    </message>
    <message>
        <source>Lasts:</source>
        <translation>Lasts:</translation>
    </message>
    <message>
        <source>Start flash sale</source>
        <translation>Start flash sale</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Write the sale price as a number, e.g. 19.90.</source>
        <translation>Write the sale price as a number, e.g. 19.90.</translation>
    </message>
    <message>
        <source>● On air</source>
        <translation>● On air</translation>
    </message>
</context>
<context>
    <name>vitrine::Platform</name>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>Twitch</source>
        <translation>Twitch</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Kick</source>
        <translation>Kick</translation>
    </message>
    <message>
        <source>Trovo</source>
        <translation>Trovo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>vitrine::PresenterView</name>
    <message>
        <source>Presenter view</source>
        <translation>Presenter view</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>From the producer</source>
        <translation>From the producer</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Leave full screen</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <source>Nothing pinned</source>
        <translation>Nothing pinned</translation>
    </message>
    <message>
        <source>SOLD OUT</source>
        <translation>SOLD OUT</translation>
    </message>
    <message>
        <source>Only %1 left</source>
        <translation>Only %1 left</translation>
    </message>
    <message>
        <source>%1 in stock</source>
        <translation>%1 in stock</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <source>%1: sold out</source>
        <translation>%1: sold out</translation>
    </message>
    <message>
        <source>%1: %2 left</source>
        <translation>%1: %2 left</translation>
    </message>
    <message>
        <source>To claim it, viewers write %1 in chat</source>
        <translation>To claim it, viewers write %1 in chat</translation>
    </message>
    <message>
        <source>No promo running</source>
        <translation>No promo running</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <source>no time limit</source>
        <translation>no time limit</translation>
    </message>
    <message>
        <source>Flash sale of %1 starts in %2</source>
        <translation>Flash sale of %1 starts in %2</translation>
    </message>
    <message>
        <source>Flash sale: %1 at %2, %3 left, ends in %4</source>
        <translation>Flash sale: %1 at %2, %3 left, ends in %4</translation>
    </message>
    <message>
        <source>No run-of-show</source>
        <translation>No run-of-show</translation>
    </message>
    <message>
        <source>Run-of-show not started — first: %1</source>
        <translation>Run-of-show not started — first: %1</translation>
    </message>
    <message>
        <source>Segment %1/%2: %3</source>
        <translation>Segment %1/%2: %3</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 over</translation>
    </message>
    <message>
        <source>not live</source>
        <translation>not live</translation>
    </message>
    <message>
        <source>%1 behind plan</source>
        <translation>%1 behind plan</translation>
    </message>
    <message>
        <source>%1 ahead of plan</source>
        <translation>%1 ahead of plan</translation>
    </message>
    <message>
        <source>on plan</source>
        <translation>on plan</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>No question waiting</source>
        <translation>No question waiting</translation>
    </message>
    <message>
        <source>Next question (%1 waiting)</source>
        <translation>Next question (%1 waiting)</translation>
    </message>
    <message>
        <source>Question on air (%1 more waiting)</source>
        <translation>Question on air (%1 more waiting)</translation>
    </message>
    <message>
        <source>Question on air</source>
        <translation>Question on air</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Claims: %1</source>
        <translation>Claims: %1</translation>
    </message>
    <message>
        <source>in the whole show</source>
        <translation>in the whole show</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 units</translation>
    </message>
    <message>
        <source>%1 on the waitlist</source>
        <translation>%1 on the waitlist</translation>
    </message>
    <message>
        <source>%1 in the whole show</source>
        <translation>%1 in the whole show</translation>
    </message>
    <message>
        <source>No notes</source>
        <translation>No notes</translation>
    </message>
</context>
<context>
    <name>vitrine::ProductCardPainter</name>
    <message>
        <source>Sold out</source>
        <translation>Sold out</translation>
    </message>
    <message numerus="yes">
        <source>Only %n left!</source>
        <translation>
            <numerusform>Only %n left!</numerusform>
            <numerusform>Only %n left!</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment SOLD %1</source>
        <extracomment>What viewers write in chat to claim the product on screen; %1 is its claim code (&quot;A1&quot;).</extracomment>
        <translation>Comment SOLD %1</translation>
    </message>
</context>
<context>
    <name>vitrine::ProductImageCache</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <source>%1: no network</source>
        <translation>%1: no network</translation>
    </message>
    <message>
        <source>%1: HTTP %2</source>
        <translation>%1: HTTP %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: larger than %2 MB</source>
        <translation>%1: larger than %2 MB</translation>
    </message>
    <message>
        <source>%1: not an image</source>
        <translation>%1: not an image</translation>
    </message>
    <message>
        <source>cannot store %1 in %2: %3</source>
        <translation>cannot store %1 in %2: %3</translation>
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
    <message numerus="yes">
        <source>%n want it (%1 in the last minute)</source>
        <translation>
            <numerusform>%n wants it (%1 in the last minute)</numerusform>
            <numerusform>%n want it (%1 in the last minute)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n want it</source>
        <translation>
            <numerusform>%n wants it</numerusform>
            <numerusform>%n want it</numerusform>
        </translation>
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
        <source>Unpin</source>
        <translation>Unpin</translation>
    </message>
    <message>
        <source>Promo code</source>
        <translation>Promo code</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
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
    <message>
        <source>Live stock</source>
        <translation>Live stock</translation>
    </message>
    <message>
        <source>https://shop.example/feed.xml</source>
        <translation>https://shop.example/feed.xml</translation>
    </message>
    <message>
        <source>The shop&apos;s Merchant feed, products.json or CSV address, re-read during the live</source>
        <translation>The shop&apos;s Merchant feed, products.json or CSV address, re-read during the live</translation>
    </message>
    <message>
        <source>Refresh every</source>
        <translation>Refresh every</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Prepare offline</source>
        <translation>Prepare offline</translation>
    </message>
    <message>
        <source>Download every product image now, so the show runs without network</source>
        <translation>Download every product image now, so the show runs without network</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message numerus="yes">
        <source>Stock updated at %1 (%n change(s))</source>
        <translation>
            <numerusform>Stock updated at %1 (%n change(s))</numerusform>
            <numerusform>Stock updated at %1 (%n change(s))</numerusform>
        </translation>
    </message>
    <message>
        <source>Feed unreachable, last stock kept: %1</source>
        <translation>Feed unreachable, last stock kept: %1</translation>
    </message>
    <message>
        <source>Feed reachable again</source>
        <translation>Feed reachable again</translation>
    </message>
    <message>
        <source>Preparing… %1/%2</source>
        <translation>Preparing… %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) ready offline</source>
        <translation>
            <numerusform>%n image(s) ready offline</numerusform>
            <numerusform>%n image(s) ready offline</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 image(s) ready offline, %2 could not be fetched (placeholders shown)</source>
        <translation>%1 image(s) ready offline, %2 could not be fetched (placeholders shown)</translation>
    </message>
    <message>
        <source>The pinned product “%1” is now sold out</source>
        <translation>The pinned product “%1” is now sold out</translation>
    </message>
    <message>
        <source>“%1” is now sold out</source>
        <translation>“%1” is now sold out</translation>
    </message>
    <message>
        <source>“%1” is running low</source>
        <translation>“%1” is running low</translation>
    </message>
    <message>
        <source>“%1” is back in stock</source>
        <translation>“%1” is back in stock</translation>
    </message>
    <message>
        <source>Copy link for</source>
        <translation>Copy link for</translation>
    </message>
    <message>
        <source>Without tracking</source>
        <translation>Without tracking</translation>
    </message>
    <message>
        <source>Claim code…</source>
        <translation>Claim code…</translation>
    </message>
    <message>
        <source>What viewers write in chat to claim this product</source>
        <translation>What viewers write in chat to claim this product</translation>
    </message>
    <message>
        <source>A claim code cannot be empty.</source>
        <translation>A claim code cannot be empty.</translation>
    </message>
    <message>
        <source>“%1” is too long: a claim code has at most 4 characters.</source>
        <translation>“%1” is too long: a claim code has at most 4 characters.</translation>
    </message>
    <message>
        <source>“%1” has a character other than a letter (A–Z) or a digit: viewers must be able to type it in any chat.</source>
        <translation>“%1” has a character other than a letter (A–Z) or a digit: viewers must be able to type it in any chat.</translation>
    </message>
    <message>
        <source>“%1” has no letter: in chat a bare number is a quantity, so a claim code needs at least one letter.</source>
        <translation>“%1” has no letter: in chat a bare number is a quantity, so a claim code needs at least one letter.</translation>
    </message>
    <message>
        <source>“%1” is already the claim code of “%2”: each product of the show needs its own code.</source>
        <translation>“%1” is already the claim code of “%2”: each product of the show needs its own code.</translation>
    </message>
    <message>
        <source>Claim code</source>
        <translation>Claim code</translation>
    </message>
    <message>
        <source>Claim code of “%1”, written by viewers in chat to claim it (1 to 4 letters and digits, at least one letter):</source>
        <translation>Claim code of “%1”, written by viewers in chat to claim it (1 to 4 letters and digits, at least one letter):</translation>
    </message>
    <message>
        <source>Claim code refused</source>
        <translation>Claim code refused</translation>
    </message>
    <message>
        <source>ON AIR</source>
        <translation>ON AIR</translation>
    </message>
    <message>
        <source>Nothing pinned</source>
        <translation>Nothing pinned</translation>
    </message>
    <message>
        <source>Pin a product to show it on air</source>
        <translation>Pin a product to show it on air</translation>
    </message>
    <message>
        <source>On air: %1 — just now</source>
        <translation>On air: %1 — just now</translation>
    </message>
    <message numerus="yes">
        <source>On air: %1 — since %n min</source>
        <translation>
            <numerusform>On air: %1 — since %n min</numerusform>
            <numerusform>On air: %1 — since %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>No run of show</source>
        <translation>No run of show</translation>
    </message>
    <message>
        <source>Not started: Next starts “%1”</source>
        <translation>Not started: Next starts “%1”</translation>
    </message>
    <message>
        <source>Segment %1/%2: %3</source>
        <translation>Segment %1/%2: %3</translation>
    </message>
    <message>
        <source>%1 — %2 left</source>
        <translation>%1 — %2 left</translation>
    </message>
    <message>
        <source>%1 — %2 over</source>
        <translation>%1 — %2 over</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show the selected product on air</source>
        <translation>Show the selected product on air</translation>
    </message>
    <message>
        <source>Start the next segment and pin its product</source>
        <translation>Start the next segment and pin its product</translation>
    </message>
</context>
<context>
    <name>vitrine::ProgramSwitcher</name>
    <message>
        <source>Cut</source>
        <translation>Cut</translation>
    </message>
    <message>
        <source>Fade</source>
        <translation>Fade</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>Slide</translation>
    </message>
    <message>
        <source>Swipe</source>
        <translation>Swipe</translation>
    </message>
    <message>
        <source>Stinger</source>
        <translation>Stinger</translation>
    </message>
</context>
<context>
    <name>vitrine::ProgramView</name>
    <message>
        <source>ON AIR</source>
        <translation>ON AIR</translation>
    </message>
    <message>
        <source>REC</source>
        <translation>REC</translation>
    </message>
</context>
<context>
    <name>vitrine::PropertiesDialog</name>
    <message>
        <source>Properties of “%1”</source>
        <translation>Properties of “%1”</translation>
    </message>
    <message>
        <source>“%1” is not a source that has properties.</source>
        <translation>“%1” is not a source that has properties.</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Camera:</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Microphone:</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (default)</translation>
    </message>
    <message>
        <source>No camera found. Plug one in: it appears here by itself.</source>
        <translation>No camera found. Plug one in: it appears here by itself.</translation>
    </message>
    <message>
        <source>No microphone found. Plug one in: it appears here by itself.</source>
        <translation>No microphone found. Plug one in: it appears here by itself.</translation>
    </message>
    <message>
        <source>The device this source used is not plugged in.</source>
        <translation>The device this source used is not plugged in.</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>Test pattern</translation>
    </message>
    <message>
        <source>Camera (through GStreamer)</source>
        <translation>Camera (through GStreamer)</translation>
    </message>
    <message>
        <source>GStreamer pipeline</source>
        <translation>GStreamer pipeline</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>Picture:</translation>
    </message>
    <message>
        <source>As the pipeline gives it</source>
        <translation>As the pipeline gives it</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Resolution:</translation>
    </message>
    <message>
        <source>%1 images per second</source>
        <translation>%1 images per second</translation>
    </message>
    <message>
        <source>Frame rate:</source>
        <translation>Frame rate:</translation>
    </message>
</context>
<context>
    <name>vitrine::PropertiesView</name>
    <message>
        <source>This source has no properties.</source>
        <translation>This source has no properties.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>(none available)</source>
        <translation>(none available)</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
</context>
<context>
    <name>vitrine::PropertyLabels</name>
    <message>
        <source>Font</source>
        <translation>Font</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Read from a file</source>
        <translation>Read from a file</translation>
    </message>
    <message>
        <source>Text file (UTF-8 or UTF-16)</source>
        <translation>Text file (UTF-8 or UTF-16)</translation>
    </message>
    <message>
        <source>Chat log mode</source>
        <translation>Chat log mode</translation>
    </message>
    <message>
        <source>Chat log lines</source>
        <translation>Chat log lines</translation>
    </message>
    <message>
        <source>Colour (top)</source>
        <translation>Colour (top)</translation>
    </message>
    <message>
        <source>Colour (bottom)</source>
        <translation>Colour (bottom)</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>Drop shadow</source>
        <translation>Drop shadow</translation>
    </message>
    <message>
        <source>Text width (0: as wide as the text)</source>
        <translation>Text width (0: as wide as the text)</translation>
    </message>
    <message>
        <source>Wrap words</source>
        <translation>Wrap words</translation>
    </message>
    <message>
        <source>Smooth edges</source>
        <translation>Smooth edges</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Image file</translation>
    </message>
    <message>
        <source>Unload the image when it is not shown</source>
        <translation>Unload the image when it is not shown</translation>
    </message>
    <message>
        <source>Apply transparency in linear space</source>
        <translation>Apply transparency in linear space</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Width</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>Video format</source>
        <translation>Video format</translation>
    </message>
    <message>
        <source>Video standard</source>
        <translation>Video standard</translation>
    </message>
    <message>
        <source>DV timing</source>
        <translation>DV timing</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Frame rate</translation>
    </message>
    <message>
        <source>Colour range</source>
        <translation>Colour range</translation>
    </message>
    <message>
        <source>Use buffering</source>
        <translation>Use buffering</translation>
    </message>
    <message>
        <source>Restart the camera when it stops sending</source>
        <translation>Restart the camera when it stops sending</translation>
    </message>
    <message>
        <source>Frames without picture before a restart</source>
        <translation>Frames without picture before a restart</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Screen</translation>
    </message>
    <message>
        <source>Show the mouse pointer</source>
        <translation>Show the mouse pointer</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Advanced settings</translation>
    </message>
    <message>
        <source>X server</source>
        <translation>X server</translation>
    </message>
    <message>
        <source>Video pipeline (gst-launch syntax)</source>
        <translation>Video pipeline (gst-launch syntax)</translation>
    </message>
    <message>
        <source>Audio pipeline (optional, gst-launch syntax)</source>
        <translation>Audio pipeline (optional, gst-launch syntax)</translation>
    </message>
    <message>
        <source>Start again at the end</source>
        <translation>Start again at the end</translation>
    </message>
</context>
<context>
    <name>vitrine::RemoteAccess</name>
    <message>
        <source>Off.</source>
        <translation>Off.</translation>
    </message>
    <message>
        <source>Reading the remote&apos;s password from the keychain…</source>
        <translation>Reading the remote&apos;s password from the keychain…</translation>
    </message>
    <message>
        <source>The keychain did not answer: this password lasts until the studio quits.</source>
        <translation>The keychain did not answer: this password lasts until the studio quits.</translation>
    </message>
    <message>
        <source>Not serving: %1</source>
        <translation>Not serving: %1</translation>
    </message>
    <message numerus="yes">
        <source>Serving on port %1, %n remote(s) connected.</source>
        <translation>
            <numerusform>Serving on port %1, %n remote(s) connected.</numerusform>
            <numerusform>Serving on port %1, %n remote(s) connected.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password could not be kept in the keychain (%1): it lasts until the studio quits.</source>
        <translation>The password could not be kept in the keychain (%1): it lasts until the studio quits.</translation>
    </message>
</context>
<context>
    <name>vitrine::RemoteDialog</name>
    <message>
        <source>Producer remote</source>
        <translation>Producer remote</translation>
    </message>
    <message>
        <source>Let a phone, a Stream Deck or Companion control this studio</source>
        <translation>Let a phone, a Stream Deck or Companion control this studio</translation>
    </message>
    <message>
        <source>Reachable from other devices on this network</source>
        <translation>Reachable from other devices on this network</translation>
    </message>
    <message>
        <source>Off: only this computer can connect (127.0.0.1).</source>
        <translation>Off: only this computer can connect (127.0.0.1).</translation>
    </message>
    <message>
        <source>None: chat moderators have no access</source>
        <translation>None: chat moderators have no access</translation>
    </message>
    <message>
        <source>None: plain http and ws</source>
        <translation>None: plain http and ws</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key (PEM)</source>
        <translation>The certificate&apos;s private key (PEM)</translation>
    </message>
    <message>
        <source>Scan with the phone to open the producer page</source>
        <translation>Scan with the phone to open the producer page</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Connected remotes must sign in again</source>
        <translation>Connected remotes must sign in again</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM files (*.pem *.crt *.key);;All files (*)</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Moderator password:</source>
        <translation>Moderator password:</translation>
    </message>
    <message>
        <source>TLS certificate:</source>
        <translation>TLS certificate:</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS certificate</translation>
    </message>
    <message>
        <source>TLS key:</source>
        <translation>TLS key:</translation>
    </message>
    <message>
        <source>TLS key</source>
        <translation>TLS key</translation>
    </message>
    <message>
        <source>Producer page: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Producer page: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Viewer widget: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Viewer widget: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>obs-websocket remotes: port %1 with this password</source>
        <translation>obs-websocket remotes: port %1 with this password</translation>
    </message>
</context>
<context>
    <name>vitrine::RemoteServer</name>
    <message>
        <source>The remote&apos;s TLS certificate %1 cannot be read.</source>
        <translation>The remote&apos;s TLS certificate %1 cannot be read.</translation>
    </message>
    <message>
        <source>The remote&apos;s TLS key %1 cannot be read.</source>
        <translation>The remote&apos;s TLS key %1 cannot be read.</translation>
    </message>
    <message>
        <source>The remote&apos;s TLS certificate %1 is not a PEM certificate.</source>
        <translation>The remote&apos;s TLS certificate %1 is not a PEM certificate.</translation>
    </message>
    <message>
        <source>The remote&apos;s TLS key %1 is not an unencrypted PEM RSA or EC key.</source>
        <translation>The remote&apos;s TLS key %1 is not an unencrypted PEM RSA or EC key.</translation>
    </message>
    <message>
        <source>TLS connection from %1 failed: %2</source>
        <translation>TLS connection from %1 failed: %2</translation>
    </message>
    <message>
        <source>The remote cannot listen on port %1: %2</source>
        <translation>The remote cannot listen on port %1: %2</translation>
    </message>
    <message>
        <source>%1 did not send its HTTP request in time.</source>
        <translation>%1 did not send its HTTP request in time.</translation>
    </message>
    <message>
        <source>%1 sent an HTTP request head over %2 bytes.</source>
        <translation>%1 sent an HTTP request head over %2 bytes.</translation>
    </message>
</context>
<context>
    <name>vitrine::RemoteSession</name>
    <message>
        <source>%1 did not identify in time.</source>
        <translation>%1 did not identify in time.</translation>
    </message>
    <message>
        <source>No Identify received in time.</source>
        <translation>No Identify received in time.</translation>
    </message>
    <message>
        <source>%1 does not read its messages; disconnected.</source>
        <translation>%1 does not read its messages; disconnected.</translation>
    </message>
    <message>
        <source>%1 sent a binary message.</source>
        <translation>%1 sent a binary message.</translation>
    </message>
    <message>
        <source>Binary messages are not supported: this server speaks obswebsocket.json.</source>
        <translation>Binary messages are not supported: this server speaks obswebsocket.json.</translation>
    </message>
    <message>
        <source>%1 sent a malformed message: %2</source>
        <translation>%1 sent a malformed message: %2</translation>
    </message>
    <message>
        <source>%1 sent a message before identifying.</source>
        <translation>%1 sent a message before identifying.</translation>
    </message>
    <message>
        <source>Only an Identify may be sent before Identified.</source>
        <translation>Only an Identify may be sent before Identified.</translation>
    </message>
    <message>
        <source>Unknown OpCode: %1.</source>
        <translation>Unknown OpCode: %1.</translation>
    </message>
    <message>
        <source>Already identified: use Reidentify.</source>
        <translation>Already identified: use Reidentify.</translation>
    </message>
    <message>
        <source>%1 tried to connect without a password.</source>
        <translation>%1 tried to connect without a password.</translation>
    </message>
    <message>
        <source>%1 tried to connect with a wrong password.</source>
        <translation>%1 tried to connect with a wrong password.</translation>
    </message>
    <message>
        <source>Authentication failed.</source>
        <translation>Authentication failed.</translation>
    </message>
    <message>
        <source>Only rpcVersion 1 is supported.</source>
        <translation>Only rpcVersion 1 is supported.</translation>
    </message>
    <message>
        <source>%1 sends more than %2 requests per second; the extra ones are refused.</source>
        <translation>%1 sends more than %2 requests per second; the extra ones are refused.</translation>
    </message>
    <message>
        <source>%1 kept flooding the server; disconnected.</source>
        <translation>%1 kept flooding the server; disconnected.</translation>
    </message>
    <message>
        <source>Too many requests.</source>
        <translation>Too many requests.</translation>
    </message>
    <message>
        <source>The request data is not an object.</source>
        <translation>The request data is not an object.</translation>
    </message>
    <message>
        <source>The request has no `requestType`.</source>
        <translation>The request has no `requestType`.</translation>
    </message>
    <message>
        <source>Too many requests: at most %1 per second.</source>
        <translation>Too many requests: at most %1 per second.</translation>
    </message>
</context>
<context>
    <name>vitrine::Remuxer</name>
    <message>
        <source>%1 holds no media</source>
        <translation>%1 holds no media</translation>
    </message>
    <message>
        <source>no container is known for %1</source>
        <translation>no container is known for %1</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>cannot prepare %1: %2</translation>
    </message>
    <message>
        <source>cannot copy the streams of %1</source>
        <translation>cannot copy the streams of %1</translation>
    </message>
    <message>
        <source>%1 holds no audio or video</source>
        <translation>%1 holds no audio or video</translation>
    </message>
    <message>
        <source>cannot seek in %1: %2</source>
        <translation>cannot seek in %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>out of memory</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>cannot start %1: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>cannot finish %1: %2</source>
        <translation>cannot finish %1: %2</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>cannot rename %1 to %2</translation>
    </message>
</context>
<context>
    <name>vitrine::ReplayCommand</name>
    <message>
        <source>The show&apos;s event log.</source>
        <translation>The show&apos;s event log.</translation>
    </message>
    <message>
        <source>EVENTS</source>
        <translation>EVENTS</translation>
    </message>
    <message>
        <source>The show (default: the one the event log belongs to).</source>
        <translation>The show (default: the one the event log belongs to).</translation>
    </message>
    <message>
        <source>SHOW</source>
        <translation>SHOW</translation>
    </message>
    <message>
        <source>the recording is an MP4 already; a replay is made from the .mkv</source>
        <translation>the recording is an MP4 already; a replay is made from the .mkv</translation>
    </message>
    <message>
        <source>remuxing: %1 %</source>
        <translation>remuxing: %1 %</translation>
    </message>
    <message>
        <source>the event log has no recording.start; times are read from the start of the log</source>
        <translation>the event log has no recording.start; times are read from the start of the log</translation>
    </message>
    <message>
        <source>Cut the clips exactly at each chapter (re-encoded to H.264, slower) instead of at keyframes.</source>
        <translation>Cut the clips exactly at each chapter (re-encoded to H.264, slower) instead of at keyframes.</translation>
    </message>
    <message>
        <source>usage: vitrine replay finish OUT.mkv --events EVENTS.jsonl [--show SHOW.vitrine]
       vitrine replay clips OUT.mkv --events EVENTS.jsonl [--show SHOW.vitrine] [--reencode]</source>
        <translation>usage: vitrine replay finish OUT.mkv --events EVENTS.jsonl [--show SHOW.vitrine]
       vitrine replay clips OUT.mkv --events EVENTS.jsonl [--show SHOW.vitrine] [--reencode]</translation>
    </message>
    <message>
        <source>cutting: %1 %</source>
        <translation>cutting: %1 %</translation>
    </message>
</context>
<context>
    <name>vitrine::ReplayFinisher</name>
    <message>
        <source>The replay was not made: %1.</source>
        <translation>The replay was not made: %1.</translation>
    </message>
    <message>
        <source>No clips were made: %1.</source>
        <translation>No clips were made: %1.</translation>
    </message>
    <message>
        <source>No clips were made: cannot create the folder %1.</source>
        <translation>No clips were made: cannot create the folder %1.</translation>
    </message>
    <message>
        <source>The clip of %1 was not made: %2.</source>
        <translation>The clip of %1 was not made: %2.</translation>
    </message>
    <message>
        <source>The 9:16 clip of %1 was not made: %2.</source>
        <translation>The 9:16 clip of %1 was not made: %2.</translation>
    </message>
</context>
<context>
    <name>vitrine::ReplayReviewWindow</name>
    <message>
        <source>Review the replay — %1</source>
        <translation>Review the replay — %1</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Play or pause</translation>
    </message>
    <message>
        <source>The replay&apos;s timeline; the ticks mark its chapters</source>
        <translation>The replay&apos;s timeline; the ticks mark its chapters</translation>
    </message>
    <message>
        <source>Click a product to jump to its chapter</source>
        <translation>Click a product to jump to its chapter</translation>
    </message>
    <message>
        <source>Export clips</source>
        <translation>Export clips</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop cutting the clips; the recording and the replay stay as they are</source>
        <translation>Stop cutting the clips; the recording and the replay stay as they are</translation>
    </message>
    <message>
        <source>Product chapters</source>
        <translation>Product chapters</translation>
    </message>
    <message>
        <source>The video %1 cannot be played.</source>
        <translation>The video %1 cannot be played.</translation>
    </message>
    <message>
        <source>The video %1 cannot be played: %2</source>
        <translation>The video %1 cannot be played: %2</translation>
    </message>
    <message>
        <source>The video %1 does not exist.</source>
        <translation>The video %1 does not exist.</translation>
    </message>
    <message>
        <source>The video %1 cannot be played: %2.</source>
        <translation>The video %1 cannot be played: %2.</translation>
    </message>
    <message>
        <source>The clips are cut from the show&apos;s event log, not found: %1</source>
        <translation>The clips are cut from the show&apos;s event log, not found: %1</translation>
    </message>
    <message>
        <source>Cut one clip per product chapter, with a thumbnail per chapter, into %1</source>
        <translation>Cut one clip per product chapter, with a thumbnail per chapter, into %1</translation>
    </message>
    <message>
        <source>No replay manifest beside %1 (%2 is missing): the video plays, without its chapters. Make its replay first (Stop recording, or vitrine replay finish).</source>
        <translation>No replay manifest beside %1 (%2 is missing): the video plays, without its chapters. Make its replay first (Stop recording, or vitrine replay finish).</translation>
    </message>
    <message>
        <source>The replay manifest %1 cannot be read: %2.</source>
        <translation>The replay manifest %1 cannot be read: %2.</translation>
    </message>
    <message>
        <source>The replay manifest %1 is damaged (%2): the video plays, without its chapters.</source>
        <translation>The replay manifest %1 is damaged (%2): the video plays, without its chapters.</translation>
    </message>
    <message>
        <source>no chapters</source>
        <translation>no chapters</translation>
    </message>
    <message>
        <source>Jump to %1 at %2</source>
        <translation>Jump to %1 at %2</translation>
    </message>
    <message>
        <source>No product was pinned during this recording.</source>
        <translation>No product was pinned during this recording.</translation>
    </message>
    <message>
        <source>Cutting the clips…</source>
        <translation>Cutting the clips…</translation>
    </message>
    <message>
        <source>Clips and thumbnails are in %1</source>
        <translation>Clips and thumbnails are in %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Exact cut (re-encode, slower)</source>
        <translation>Exact cut (re-encode, slower)</translation>
    </message>
    <message>
        <source>Start and end each clip on the chapter&apos;s own frames by re-encoding it; otherwise clips are copied from the nearest keyframe, within a second or two</source>
        <translation>Start and end each clip on the chapter&apos;s own frames by re-encoding it; otherwise clips are copied from the nearest keyframe, within a second or two</translation>
    </message>
</context>
<context>
    <name>vitrine::ReplayStatus</name>
    <message>
        <source>Making the replay…</source>
        <translation>Making the replay…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop making the replay; the recording stays as it is</source>
        <translation>Stop making the replay; the recording stays as it is</translation>
    </message>
    <message>
        <source>Replay ready: %1, with its product chapters and shoppable manifest.</source>
        <translation>Replay ready: %1, with its product chapters and shoppable manifest.</translation>
    </message>
    <message>
        <source>Make clips</source>
        <translation>Make clips</translation>
    </message>
    <message>
        <source>Cut one clip per product chapter of the last replay, with a thumbnail per chapter, for social posts</source>
        <translation>Cut one clip per product chapter of the last replay, with a thumbnail per chapter, for social posts</translation>
    </message>
    <message>
        <source>Cutting the clips…</source>
        <translation>Cutting the clips…</translation>
    </message>
    <message>
        <source>Finish the replay?</source>
        <translation>Finish the replay?</translation>
    </message>
    <message>
        <source>The recording %1 was cut short when Vitrine stopped unexpectedly. It still plays. Make its replay (MP4 with product chapters and the shoppable manifest) from what was recorded?</source>
        <translation>The recording %1 was cut short when Vitrine stopped unexpectedly. It still plays. Make its replay (MP4 with product chapters and the shoppable manifest) from what was recorded?</translation>
    </message>
    <message>
        <source>Replay ready: %1</source>
        <translation>Replay ready: %1</translation>
    </message>
    <message>
        <source>Clips ready</source>
        <translation>Clips ready</translation>
    </message>
    <message>
        <source>No clips</source>
        <translation>No clips</translation>
    </message>
    <message>
        <source>Clips and thumbnails ready in %1.</source>
        <translation>Clips and thumbnails ready in %1.</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Review…</translation>
    </message>
    <message>
        <source>Watch the last replay with its product chapters and export its clips</source>
        <translation>Watch the last replay with its product chapters and export its clips</translation>
    </message>
    <message>
        <source>Exact cut (re-encode, slower)</source>
        <translation>Exact cut (re-encode, slower)</translation>
    </message>
    <message>
        <source>Start and end each clip on the chapter&apos;s own frames by re-encoding it</source>
        <translation>Start and end each clip on the chapter&apos;s own frames by re-encoding it</translation>
    </message>
</context>
<context>
    <name>vitrine::ReportCommand</name>
    <message>
        <source>The shop&apos;s orders export (Shopify CSV).</source>
        <translation>The shop&apos;s orders export (Shopify CSV).</translation>
    </message>
    <message>
        <source>ORDERS.csv</source>
        <translation>ORDERS.csv</translation>
    </message>
    <message>
        <source>The live window, ISO 8601 with offsets, start included, end not (default: from the show&apos;s event log).</source>
        <translation>The live window, ISO 8601 with offsets, start included, end not (default: from the show&apos;s event log).</translation>
    </message>
    <message>
        <source>START/END</source>
        <translation>START/END</translation>
    </message>
    <message>
        <source>The folder to write the report into (created).</source>
        <translation>The folder to write the report into (created).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>usage: vitrine report SHOW.vitrine --orders ORDERS.csv [--live-window START/END] --out DIR</source>
        <translation>usage: vitrine report SHOW.vitrine --orders ORDERS.csv [--live-window START/END] --out DIR</translation>
    </message>
    <message>
        <source>--live-window needs START/END in ISO 8601 with their offsets, START before END, such as 2026-12-05T20:00:00+01:00/2026-12-05T21:00:00+01:00, not “%1”</source>
        <translation>--live-window needs START/END in ISO 8601 with their offsets, START before END, such as 2026-12-05T20:00:00+01:00/2026-12-05T21:00:00+01:00, not “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1, %2 and %3 (%n order(s), %4 row(s) skipped)</source>
        <translation>
            <numerusform>Wrote %1, %2 and %3 (%n order(s), %4 row(s) skipped)</numerusform>
            <numerusform>Wrote %1, %2 and %3 (%n order(s), %4 row(s) skipped)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::ReportPlots</name>
    <message>
        <source>Orders per %1 minutes (UTC); red: live, green: promo</source>
        <translation>Orders per %1 minutes (UTC); red: live, green: promo</translation>
    </message>
    <message>
        <source>Revenue per product (%1)</source>
        <translation>Revenue per product (%1)</translation>
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
    <message>
        <source>malformed stream server “%1”: expected rtmp://HOST[:PORT]/APP</source>
        <translation>malformed stream server “%1”: expected rtmp://HOST[:PORT]/APP</translation>
    </message>
</context>
<context>
    <name>vitrine::SceneBar</name>
    <message>
        <source>Scenes</source>
        <translation>Scenes</translation>
    </message>
    <message>
        <source>Click: preview · double-click: take to program</source>
        <translation>Click: preview · double-click: take to program</translation>
    </message>
    <message>
        <source>Take to program</source>
        <translation>Take to program</translation>
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
    <name>vitrine::SceneEditor</name>
    <message>
        <source>Switch to “%1”</source>
        <translation>Switch to “%1”</translation>
    </message>
    <message>
        <source>scene “%1” has no item %2</source>
        <translation>scene “%1” has no item %2</translation>
    </message>
    <message>
        <source>there is no scene “%1”</source>
        <translation>there is no scene “%1”</translation>
    </message>
    <message>
        <source>the name “%1” is empty or already used</source>
        <translation>the name “%1” is empty or already used</translation>
    </message>
    <message>
        <source>Add scene “%1”</source>
        <translation>Add scene “%1”</translation>
    </message>
    <message>
        <source>Rename scene “%1” to “%2”</source>
        <translation>Rename scene “%1” to “%2”</translation>
    </message>
    <message>
        <source>Duplicate scene “%1”</source>
        <translation>Duplicate scene “%1”</translation>
    </message>
    <message>
        <source>a show keeps at least one scene</source>
        <translation>a show keeps at least one scene</translation>
    </message>
    <message>
        <source>Remove scene “%1”</source>
        <translation>Remove scene “%1”</translation>
    </message>
    <message>
        <source>Move scene “%1”</source>
        <translation>Move scene “%1”</translation>
    </message>
    <message>
        <source>sources of kind “%1” are not available here</source>
        <translation>sources of kind “%1” are not available here</translation>
    </message>
    <message>
        <source>Add source “%1”</source>
        <translation>Add source “%1”</translation>
    </message>
    <message>
        <source>Remove “%1” from “%2”</source>
        <translation>Remove “%1” from “%2”</translation>
    </message>
    <message>
        <source>Reorder “%1”</source>
        <translation>Reorder “%1”</translation>
    </message>
    <message>
        <source>Show “%1”</source>
        <translation>Show “%1”</translation>
    </message>
    <message>
        <source>Hide “%1”</source>
        <translation>Hide “%1”</translation>
    </message>
    <message>
        <source>Lock “%1”</source>
        <translation>Lock “%1”</translation>
    </message>
    <message>
        <source>Unlock “%1”</source>
        <translation>Unlock “%1”</translation>
    </message>
    <message>
        <source>item %1 of “%2” is not “%3”</source>
        <translation>item %1 of “%2” is not “%3”</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>Move “%1”</translation>
    </message>
    <message>
        <source>Change properties of “%1”</source>
        <translation>Change properties of “%1”</translation>
    </message>
    <message>
        <source>there is no source “%1”</source>
        <translation>there is no source “%1”</translation>
    </message>
    <message>
        <source>no scene “%1”</source>
        <translation>no scene “%1”</translation>
    </message>
    <message>
        <source>Overlays of “%1”</source>
        <translation>Overlays of “%1”</translation>
    </message>
    <message>
        <source>Rename source “%1” to “%2”</source>
        <translation>Rename source “%1” to “%2”</translation>
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
    <name>vitrine::ScenesDock</name>
    <message>
        <source>Scenes</source>
        <translation>Scenes</translation>
    </message>
    <message>
        <source>Add a scene</source>
        <translation>Add a scene</translation>
    </message>
    <message>
        <source>Remove the scene</source>
        <translation>Remove the scene</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Rename the scene</source>
        <translation>Rename the scene</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Duplicate the scene</source>
        <translation>Duplicate the scene</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>On air</source>
        <translation>On air</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Scene</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Name of the copy:</translation>
    </message>
    <message>
        <source>Remove the scene on air?</source>
        <translation>Remove the scene on air?</translation>
    </message>
    <message>
        <source>“%1” is on air. Remove it? The first scene goes on air instead.</source>
        <translation>“%1” is on air. Remove it? The first scene goes on air instead.</translation>
    </message>
    <message>
        <source>Overlays</source>
        <translation>Overlays</translation>
    </message>
    <message>
        <source>Choose the on-air overlays this scene shows</source>
        <translation>Choose the on-air overlays this scene shows</translation>
    </message>
    <message>
        <source>Overlays on this scene</source>
        <translation>Overlays on this scene</translation>
    </message>
    <message>
        <source>No scene selected</source>
        <translation>No scene selected</translation>
    </message>
</context>
<context>
    <name>vitrine::ServiceCatalog</name>
    <message>
        <source>cannot read the list of streaming services %1: %2</source>
        <translation>cannot read the list of streaming services %1: %2</translation>
    </message>
    <message>
        <source>the list of streaming services is not valid JSON: %1</source>
        <translation>the list of streaming services is not valid JSON: %1</translation>
    </message>
    <message>
        <source>the list of streaming services has no &quot;services&quot; array</source>
        <translation>the list of streaming services has no &quot;services&quot; array</translation>
    </message>
    <message>
        <source>the list of streaming services has no RTMP service</source>
        <translation>the list of streaming services has no RTMP service</translation>
    </message>
    <message>
        <source>%1 takes at most %2 kbps of video at %3×%4; the show streams %5 kbps</source>
        <translation>%1 takes at most %2 kbps of video at %3×%4; the show streams %5 kbps</translation>
    </message>
    <message>
        <source>%1 takes at most %2 kbps of audio; the show streams %3 kbps</source>
        <translation>%1 takes at most %2 kbps of audio; the show streams %3 kbps</translation>
    </message>
    <message>
        <source>%1 wants a keyframe at least every %2 s; the show sends one every %3 s</source>
        <translation>%1 wants a keyframe at least every %2 s; the show sends one every %3 s</translation>
    </message>
</context>
<context>
    <name>vitrine::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>vertical 9:16, for mobile platforms</source>
        <translation>vertical 9:16, for mobile platforms</translation>
    </message>
    <message>
        <source>landscape 16:9</source>
        <translation>landscape 16:9</translation>
    </message>
    <message>
        <source>%1 × %2 (%3)</source>
        <translation>%1 × %2 (%3)</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source>Hardware (FFmpeg VAAPI)</source>
        <translation>Hardware (FFmpeg VAAPI)</translation>
    </message>
    <message>
        <source>Software (x264)</source>
        <translation>Software (x264)</translation>
    </message>
    <message>
        <source> kb/s</source>
        <translation> kb/s</translation>
    </message>
    <message>
        <source>Faster presets use less processor for a slightly softer picture</source>
        <translation>Faster presets use less processor for a slightly softer picture</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Canvas:</source>
        <translation>Canvas:</translation>
    </message>
    <message>
        <source>Frame rate:</source>
        <translation>Frame rate:</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Encoder:</source>
        <translation>Encoder:</translation>
    </message>
    <message>
        <source>Video bitrate:</source>
        <translation>Video bitrate:</translation>
    </message>
    <message>
        <source>x264 preset:</source>
        <translation>x264 preset:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Theme:</translation>
    </message>
    <message>
        <source>The language changes the next time Vitrine starts.</source>
        <translation>The language changes the next time Vitrine starts.</translation>
    </message>
    <message>
        <source>%1 × %2 (the show&apos;s)</source>
        <translation>%1 × %2 (the show&apos;s)</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Shortcuts</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Back to %1</translation>
    </message>
    <message>
        <source>The video could not restart: %1</source>
        <translation>The video could not restart: %1</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>MKV — recommended, survives a crash</source>
        <translation>MKV — recommended, survives a crash</translation>
    </message>
    <message>
        <source>MP4</source>
        <translation>MP4</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Video, output and recording settings cannot change during a live or a recording.</source>
        <translation>Video, output and recording settings cannot change during a live or a recording.</translation>
    </message>
    <message>
        <source>Recording folder</source>
        <translation>Recording folder</translation>
    </message>
    <message>
        <source>Video, output and recording settings cannot change during a live or a recording. Stop them first, or cancel these changes.</source>
        <translation>Video, output and recording settings cannot change during a live or a recording. Stop them first, or cancel these changes.</translation>
    </message>
    <message>
        <source>Shortcut already used</source>
        <translation>Shortcut already used</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”. Give it to “%3” instead? “%2” will then have no shortcut.</source>
        <translation>%1 is already the shortcut of “%2”. Give it to “%3” instead? “%2” will then have no shortcut.</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Reassign</translation>
    </message>
    <message>
        <source>Never reconnect</source>
        <translation>Never reconnect</translation>
    </message>
    <message>
        <source>When a destination loses its server during a live, the studio tries again after 2 s, then waits 1.5× longer before each new try</source>
        <translation>When a destination loses its server during a live, the studio tries again after 2 s, then waits 1.5× longer before each new try</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Reconnect tries:</source>
        <translation>Reconnect tries:</translation>
    </message>
    <message>
        <source>Longest wait between tries:</source>
        <translation>Longest wait between tries:</translation>
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
        <source>expected an object with a &quot;products&quot; array (a Shopify /products.json)</source>
        <translation>expected an object with a &quot;products&quot; array (a Shopify /products.json)</translation>
    </message>
    <message>
        <source>&quot;products&quot; is not an array</source>
        <translation>&quot;products&quot; is not an array</translation>
    </message>
    <message>
        <source>a product is not an object; skipped</source>
        <translation>a product is not an object; skipped</translation>
    </message>
    <message>
        <source>no &quot;products&quot; array: this is not a Shopify /products.json</source>
        <translation>no &quot;products&quot; array: this is not a Shopify /products.json</translation>
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
        <source>an image without &quot;src&quot;; ignored</source>
        <translation>an image without &quot;src&quot;; ignored</translation>
    </message>
    <message>
        <source>&quot;images&quot; is not an array; ignored</source>
        <translation>&quot;images&quot; is not an array; ignored</translation>
    </message>
    <message>
        <source>the product has no variants, hence no price; skipped</source>
        <translation>the product has no variants, hence no price; skipped</translation>
    </message>
    <message>
        <source>&quot;variants&quot; is missing or not an array; product skipped</source>
        <translation>&quot;variants&quot; is missing or not an array; product skipped</translation>
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
        <source>duplicate SKU &quot;%1&quot; (first at %2); this variant is skipped</source>
        <translation>duplicate SKU &quot;%1&quot; (first at %2); this variant is skipped</translation>
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
        <source>&quot;%1&quot; is not a price; variant skipped</source>
        <translation>&quot;%1&quot; is not a price; variant skipped</translation>
    </message>
    <message>
        <source>the compare-at price is not a price; ignored</source>
        <translation>the compare-at price is not a price; ignored</translation>
    </message>
    <message>
        <source>&quot;available&quot; is not true or false; ignored</source>
        <translation>&quot;available&quot; is not true or false; ignored</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
</context>
<context>
    <name>vitrine::ShopifyOrdersCsv</name>
    <message>
        <source>this is not a Shopify orders export: the column(s) %1 are missing</source>
        <translation>this is not a Shopify orders export: the column(s) %1 are missing</translation>
    </message>
    <message>
        <source>no order Name</source>
        <translation>no order Name</translation>
    </message>
    <message>
        <source>a line item of order %1, which was skipped</source>
        <translation>a line item of order %1, which was skipped</translation>
    </message>
    <message>
        <source>a line item of order %1, which has no first row before it</source>
        <translation>a line item of order %1, which has no first row before it</translation>
    </message>
    <message>
        <source>line %1: %2, row skipped</source>
        <translation>line %1: %2, row skipped</translation>
    </message>
    <message>
        <source>%1 “%2” is not an amount in %3</source>
        <translation>%1 “%2” is not an amount in %3</translation>
    </message>
    <message>
        <source>Lineitem quantity “%1” is not a whole number</source>
        <translation>Lineitem quantity “%1” is not a whole number</translation>
    </message>
    <message>
        <source>no Currency</source>
        <translation>no Currency</translation>
    </message>
    <message>
        <source>order %1 is in %2, the export in %3</source>
        <translation>order %1 is in %2, the export in %3</translation>
    </message>
    <message>
        <source>Created at “%1” is not a time with its UTC offset</source>
        <translation>Created at “%1” is not a time with its UTC offset</translation>
    </message>
    <message>
        <source>Cancelled at “%1” is not a time with its UTC offset</source>
        <translation>Cancelled at “%1” is not a time with its UTC offset</translation>
    </message>
    <message>
        <source>cannot read the orders %1: %2</source>
        <translation>cannot read the orders %1: %2</translation>
    </message>
    <message>
        <source>the orders %1 are empty</source>
        <translation>the orders %1 are empty</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>vitrine::ShowDetailsDialog</name>
    <message>
        <source>Show details</source>
        <translation>Show details</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Names, separated by commas</translation>
    </message>
    <message>
        <source>The utm_campaign of the product links posted in chats and shown as QR codes; empty: made from the title</source>
        <translation>The utm_campaign of the product links posted in chats and shown as QR codes; empty: made from the title</translation>
    </message>
    <message>
        <source>The studio&apos;s (%1)</source>
        <translation>The studio&apos;s (%1)</translation>
    </message>
    <message>
        <source>How prices are written on air, and the language replies to the chat take when a question gives no clue</source>
        <translation>How prices are written on air, and the language replies to the chat take when a question gives no clue</translation>
    </message>
    <message>
        <source>e.g. Free delivery from €49 in mainland France, shipped within 48 h</source>
        <translation>e.g. Free delivery from €49 in mainland France, shipped within 48 h</translation>
    </message>
    <message>
        <source>Proposed as the reply when a viewer asks about delivery</source>
        <translation>Proposed as the reply when a viewer asks about delivery</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Hosts:</source>
        <translation>&amp;Hosts:</translation>
    </message>
    <message>
        <source>&amp;Brands:</source>
        <translation>&amp;Brands:</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campaign:</translation>
    </message>
    <message>
        <source>Audience &amp;locale:</source>
        <translation>Audience &amp;locale:</translation>
    </message>
    <message>
        <source>&amp;Replay page:</source>
        <translation>&amp;Replay page:</translation>
    </message>
    <message>
        <source>&amp;Delivery:</source>
        <translation>&amp;Delivery:</translation>
    </message>
    <message>
        <source>The show needs a title.</source>
        <translation>The show needs a title.</translation>
    </message>
    <message>
        <source>The replay page must be an http:// or https:// address.</source>
        <translation>The replay page must be an http:// or https:// address.</translation>
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
        <source>%1 is not a Vitrine show file (no &quot;format&quot;: &quot;vitrine-show&quot;)</source>
        <translation>%1 is not a Vitrine show file (no &quot;format&quot;: &quot;vitrine-show&quot;)</translation>
    </message>
    <message>
        <source>%1 has no valid integer &quot;version&quot;</source>
        <translation>%1 has no valid integer &quot;version&quot;</translation>
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
    <message>
        <source>Scene 1</source>
        <translation>Scene 1</translation>
    </message>
</context>
<context>
    <name>vitrine::ShowFileMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New show…</source>
        <translation>&amp;New show…</translation>
    </message>
    <message>
        <source>&amp;Open show…</source>
        <translation>&amp;Open show…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Open a show</source>
        <translation>Open a show</translation>
    </message>
    <message>
        <source>Vitrine shows (*.vitrine)</source>
        <translation>Vitrine shows (*.vitrine)</translation>
    </message>
    <message>
        <source>New show</source>
        <translation>New show</translation>
    </message>
    <message>
        <source>%1 already exists: open it instead</source>
        <translation>%1 already exists: open it instead</translation>
    </message>
    <message>
        <source>Could not start the studio on %1</source>
        <translation>Could not start the studio on %1</translation>
    </message>
    <message>
        <source>No other show opened yet: shows you open or create appear here</source>
        <translation>No other show opened yet: shows you open or create appear here</translation>
    </message>
</context>
<context>
    <name>vitrine::ShowRemoteApi</name>
    <message>
        <source>The “%1” field is empty.</source>
        <translation>The “%1” field is empty.</translation>
    </message>
    <message>
        <source>The “%1” field must be a whole number from %2 to %3.</source>
        <translation>The “%1” field must be a whole number from %2 to %3.</translation>
    </message>
    <message>
        <source>Your request is missing the “%1” field.</source>
        <translation>Your request is missing the “%1” field.</translation>
    </message>
    <message>
        <source>The “%1” field must be %2.</source>
        <translation>The “%1” field must be %2.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>of another type</source>
        <translation>of another type</translation>
    </message>
    <message>
        <source>The request has no requestType.</source>
        <translation>The request has no requestType.</translation>
    </message>
    <message>
        <source>Vitrine Studio does not know the request “%1”.</source>
        <translation>Vitrine Studio does not know the request “%1”.</translation>
    </message>
    <message>
        <source>The moderator&apos;s password allows only the chat&apos;s requests; “%1” needs the producer&apos;s.</source>
        <translation>The moderator&apos;s password allows only the chat&apos;s requests; “%1” needs the producer&apos;s.</translation>
    </message>
    <message>
        <source>No such vendor: “%1” (Vitrine Studio&apos;s is “%2”).</source>
        <translation>No such vendor: “%1” (Vitrine Studio&apos;s is “%2”).</translation>
    </message>
    <message>
        <source>The vendor “%1” has no request “%2”.</source>
        <translation>The vendor “%1” has no request “%2”.</translation>
    </message>
    <message>
        <source>The show has no scene “%1”.</source>
        <translation>The show has no scene “%1”.</translation>
    </message>
    <message>
        <source>The scene could not go on air: %1</source>
        <translation>The scene could not go on air: %1</translation>
    </message>
    <message>
        <source>This studio runs without studio mode (a headless run cuts between scenes).</source>
        <translation>This studio runs without studio mode (a headless run cuts between scenes).</translation>
    </message>
    <message>
        <source>Studio mode is not on.</source>
        <translation>Studio mode is not on.</translation>
    </message>
    <message>
        <source>Studio mode is not on: there is no preview to set.</source>
        <translation>Studio mode is not on: there is no preview to set.</translation>
    </message>
    <message>
        <source>This studio runs without transitions: scenes cut.</source>
        <translation>This studio runs without transitions: scenes cut.</translation>
    </message>
    <message>
        <source>No transition is named “%1” (Cut, Fade, Slide, Swipe, Stinger).</source>
        <translation>No transition is named “%1” (Cut, Fade, Slide, Swipe, Stinger).</translation>
    </message>
    <message>
        <source>The transition could not run: %1</source>
        <translation>The transition could not run: %1</translation>
    </message>
    <message>
        <source>The live is already running.</source>
        <translation>The live is already running.</translation>
    </message>
    <message>
        <source>The live could not start: %1</source>
        <translation>The live could not start: %1</translation>
    </message>
    <message>
        <source>The live is not running.</source>
        <translation>The live is not running.</translation>
    </message>
    <message>
        <source>The recording is already running.</source>
        <translation>The recording is already running.</translation>
    </message>
    <message>
        <source>The recording folder cannot be created. Choose another one in Settings.</source>
        <translation>The recording folder cannot be created. Choose another one in Settings.</translation>
    </message>
    <message>
        <source>The recording could not start: %1</source>
        <translation>The recording could not start: %1</translation>
    </message>
    <message>
        <source>The vertical canvas is not recorded: %1</source>
        <translation>The vertical canvas is not recorded: %1</translation>
    </message>
    <message>
        <source>No recording is running.</source>
        <translation>No recording is running.</translation>
    </message>
    <message>
        <source>The input “%1” makes no sound.</source>
        <translation>The input “%1” makes no sound.</translation>
    </message>
    <message>
        <source>The show has no input “%1”.</source>
        <translation>The show has no input “%1”.</translation>
    </message>
    <message>
        <source>Give either “inputVolumeMul” or “inputVolumeDb”, not both.</source>
        <translation>Give either “inputVolumeMul” or “inputVolumeDb”, not both.</translation>
    </message>
    <message>
        <source>Your request needs “inputVolumeMul” or “inputVolumeDb”.</source>
        <translation>Your request needs “inputVolumeMul” or “inputVolumeDb”.</translation>
    </message>
    <message>
        <source>“inputVolumeMul” goes from 0 to 1 (the mixer&apos;s 0 dB).</source>
        <translation>“inputVolumeMul” goes from 0 to 1 (the mixer&apos;s 0 dB).</translation>
    </message>
    <message>
        <source>“inputVolumeDb” goes from -100 to 0 dB (the mixer&apos;s top).</source>
        <translation>“inputVolumeDb” goes from -100 to 0 dB (the mixer&apos;s top).</translation>
    </message>
    <message>
        <source>Vitrine Studio has no virtual camera nor replay buffer.</source>
        <translation>Vitrine Studio has no virtual camera nor replay buffer.</translation>
    </message>
    <message>
        <source>“%1” is sold out: pinning it promotes what nobody can buy. Send &quot;confirm&quot;: true to pin it anyway.</source>
        <translation>“%1” is sold out: pinning it promotes what nobody can buy. Send &quot;confirm&quot;: true to pin it anyway.</translation>
    </message>
    <message>
        <source>No product has the SKU “%1”.</source>
        <translation>No product has the SKU “%1”.</translation>
    </message>
    <message>
        <source>The run-of-show has no next segment.</source>
        <translation>The run-of-show has no next segment.</translation>
    </message>
    <message>
        <source>The show has no promo code “%1”.</source>
        <translation>The show has no promo code “%1”.</translation>
    </message>
    <message>
        <source>“price” must be an amount such as &quot;19.90&quot;.</source>
        <translation>“price” must be an amount such as &quot;19.90&quot;.</translation>
    </message>
    <message>
        <source>Unknown chat platform “%1” (twitch, youtube, facebook, custom).</source>
        <translation>Unknown chat platform “%1” (twitch, youtube, facebook, custom).</translation>
    </message>
    <message>
        <source>No chat message “%1” from %2 is held by the studio.</source>
        <translation>No chat message “%1” from %2 is held by the studio.</translation>
    </message>
    <message>
        <source>The answer could not be sent: %1</source>
        <translation>The answer could not be sent: %1</translation>
    </message>
    <message>
        <source>The notes are too long (%1 characters at most).</source>
        <translation>The notes are too long (%1 characters at most).</translation>
    </message>
    <message>
        <source>%1 needs &quot;confirm&quot;: true, so a stray tap does nothing.</source>
        <translation>%1 needs &quot;confirm&quot;: true, so a stray tap does nothing.</translation>
    </message>
    <message>
        <source>The “confirm” field must be true or false.</source>
        <translation>The “confirm” field must be true or false.</translation>
    </message>
    <message>
        <source>Starting the live</source>
        <translation>Starting the live</translation>
    </message>
    <message>
        <source>Stopping the live</source>
        <translation>Stopping the live</translation>
    </message>
    <message>
        <source>Starting the recording</source>
        <translation>Starting the recording</translation>
    </message>
    <message>
        <source>Stopping the recording</source>
        <translation>Stopping the recording</translation>
    </message>
</context>
<context>
    <name>vitrine::ShowReport</name>
    <message>
        <source>Whole export</source>
        <translation>Whole export</translation>
    </message>
    <message>
        <source>Live window</source>
        <translation>Live window</translation>
    </message>
    <message>
        <source>Promo window</source>
        <translation>Promo window</translation>
    </message>
    <message>
        <source>24 h after the live</source>
        <translation>24 h after the live</translation>
    </message>
    <message>
        <source>48 h after the live</source>
        <translation>48 h after the live</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Revenue (%1)</translation>
    </message>
    <message>
        <source>Without refunded (%1)</source>
        <translation>Without refunded (%1)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Orders in the live</source>
        <translation>Orders in the live</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Units in the live</source>
        <translation>Units in the live</translation>
    </message>
    <message>
        <source>Units while pinned</source>
        <translation>Units while pinned</translation>
    </message>
    <message>
        <source>Minutes pinned</source>
        <translation>Minutes pinned</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>Brands</translation>
    </message>
    <message>
        <source>Platforms (utm_source)</source>
        <translation>Platforms (utm_source)</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Show report: %1</source>
        <translation>Show report: %1</translation>
    </message>
    <message>
        <source>Orders from the shop&apos;s export: %1 read, %2 cancelled (left out of every figure), %3 rows skipped. Money in %4, VAT included as exported.</source>
        <translation>Orders from the shop&apos;s export: %1 read, %2 cancelled (left out of every figure), %3 rows skipped. Money in %4, VAT included as exported.</translation>
    </message>
    <message>
        <source>Orders and revenue</source>
        <translation>Orders and revenue</translation>
    </message>
    <message>
        <source>Discount codes</source>
        <translation>Discount codes</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Rows skipped</source>
        <translation>Rows skipped</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>vitrine::ShowReportMaker</name>
    <message>
        <source>%1 report</source>
        <translation>%1 report</translation>
    </message>
    <message>
        <source>the event log %1 has no live (no live.start): give the live window with --live-window</source>
        <translation>the event log %1 has no live (no live.start): give the live window with --live-window</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
</context>
<context>
    <name>vitrine::ShowResume</name>
    <message>
        <source>pinned: %1</source>
        <translation>pinned: %1</translation>
    </message>
    <message>
        <source>promo %1</source>
        <translation>promo %1</translation>
    </message>
    <message>
        <source>segment %1 of %2</source>
        <translation>segment %1 of %2</translation>
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
        <source>Show in progress resumed (%1). Show ▸ End the show starts over.</source>
        <translation>Show in progress resumed (%1). Show ▸ End the show starts over.</translation>
    </message>
</context>
<context>
    <name>vitrine::ShowStore</name>
    <message>
        <source>cannot save the show&apos;s session state %1: %2</source>
        <translation>cannot save the show&apos;s session state %1: %2</translation>
    </message>
</context>
<context>
    <name>vitrine::ShowTimeline</name>
    <message>
        <source>cannot read the event log %1: %2</source>
        <translation>cannot read the event log %1: %2</translation>
    </message>
    <message>
        <source>the event log %1 is corrupt: line %2 is not a JSON record</source>
        <translation>the event log %1 is corrupt: line %2 is not a JSON record</translation>
    </message>
</context>
<context>
    <name>vitrine::SourcesDock</name>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Visible</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Add a source</translation>
    </message>
    <message>
        <source>Remove from the scene</source>
        <translation>Remove from the scene</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Properties</translation>
    </message>
    <message>
        <source>Edit the source&apos;s properties</source>
        <translation>Edit the source&apos;s properties</translation>
    </message>
    <message>
        <source>Bring forward</source>
        <translation>Bring forward</translation>
    </message>
    <message>
        <source>Send backward</source>
        <translation>Send backward</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>Media file</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Screen capture</source>
        <translation>Screen capture</translation>
    </message>
    <message>
        <source>GStreamer pipeline</source>
        <translation>GStreamer pipeline</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Properties…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;name…</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Hide</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Bring &amp;forward</source>
        <translation>Bring &amp;forward</translation>
    </message>
    <message>
        <source>Send &amp;backward</source>
        <translation>Send &amp;backward</translation>
    </message>
    <message>
        <source>&amp;Remove from the scene…</source>
        <translation>&amp;Remove from the scene…</translation>
    </message>
    <message>
        <source>Rename a source</source>
        <translation>Rename a source</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Remove a source</source>
        <translation>Remove a source</translation>
    </message>
    <message>
        <source>Remove “%1” from the scene “%2”? Undo brings it back.</source>
        <translation>Remove “%1” from the scene “%2”? Undo brings it back.</translation>
    </message>
    <message>
        <source>No camera connected</source>
        <translation>No camera connected</translation>
    </message>
    <message>
        <source>No microphone connected</source>
        <translation>No microphone connected</translation>
    </message>
    <message>
        <source>No camera is connected to this computer, so this source would show nothing. Plug one in and it appears in the source’s properties by itself.</source>
        <translation>No camera is connected to this computer, so this source would show nothing. Plug one in and it appears in the source’s properties by itself.</translation>
    </message>
    <message>
        <source>No microphone is connected to this computer, so this source would be silent. Plug one in and it appears in the source’s properties by itself.</source>
        <translation>No microphone is connected to this computer, so this source would be silent. Plug one in and it appears in the source’s properties by itself.</translation>
    </message>
    <message>
        <source>Add it anyway</source>
        <translation>Add it anyway</translation>
    </message>
</context>
<context>
    <name>vitrine::StockRefresher</name>
    <message>
        <source>%1: no product in the feed</source>
        <translation>%1: no product in the feed</translation>
    </message>
</context>
<context>
    <name>vitrine::StreamingChatConnector</name>
    <message>
        <source>connecting to %1</source>
        <translation>connecting to %1</translation>
    </message>
    <message>
        <source>%1; reconnecting in %2 s</source>
        <translation>%1; reconnecting in %2 s</translation>
    </message>
</context>
<context>
    <name>vitrine::StudioView</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>The vertical program shows here while it is live or recorded.</source>
        <translation>The vertical program shows here while it is live or recorded.</translation>
    </message>
    <message>
        <source>Vertical 9:16</source>
        <translation>Vertical 9:16</translation>
    </message>
</context>
<context>
    <name>vitrine::SuggestedReplyBar</name>
    <message>
        <source>&lt;b&gt;Suggested reply:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Suggested reply:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Send on %1</source>
        <translation>Send on %1</translation>
    </message>
    <message>
        <source>Sends this reply to the %1 chat the question came from and marks it answered</source>
        <translation>Sends this reply to the %1 chat the question came from and marks it answered</translation>
    </message>
</context>
<context>
    <name>vitrine::TokenStore</name>
    <message>
        <source>No system keychain is available (%1). Start a keyring service (GNOME Keyring, KWallet) so sign-ins and stream keys can be kept safely.</source>
        <translation>No system keychain is available (%1). Start a keyring service (GNOME Keyring, KWallet) so sign-ins and stream keys can be kept safely.</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1).</source>
        <translation>The system keychain refused access (%1).</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>The system keychain failed: %1</translation>
    </message>
</context>
<context>
    <name>vitrine::TransitionPanel</name>
    <message>
        <source>Transition</source>
        <translation>Transition</translation>
    </message>
    <message>
        <source>Take the preview to program</source>
        <translation>Take the preview to program</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
</context>
<context>
    <name>vitrine::TwitchConnector</name>
    <message>
        <source>no traffic from Twitch for %1 s</source>
        <translation>no traffic from Twitch for %1 s</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>the server closed the connection</translation>
    </message>
    <message>
        <source>Twitch sent a line that could not be read (%1)</source>
        <translation>Twitch sent a line that could not be read (%1)</translation>
    </message>
    <message>
        <source>Twitch asked to reconnect</source>
        <translation>Twitch asked to reconnect</translation>
    </message>
    <message>
        <source>Twitch refused the token: %1</source>
        <translation>Twitch refused the token: %1</translation>
    </message>
    <message>
        <source>Twitch refused the token; sign in again.</source>
        <translation>Twitch refused the token; sign in again.</translation>
    </message>
    <message>
        <source>Twitch: %1</source>
        <translation>Twitch: %1</translation>
    </message>
    <message>
        <source>Not connected to Twitch chat; the message was not sent.</source>
        <translation>Not connected to Twitch chat; the message was not sent.</translation>
    </message>
    <message>
        <source>Twitch: reading anonymously — sign in to post</source>
        <translation>Twitch: reading anonymously — sign in to post</translation>
    </message>
    <message>
        <source>Twitch: reading anonymously — sign in as a moderator to moderate</source>
        <translation>Twitch: reading anonymously — sign in as a moderator to moderate</translation>
    </message>
    <message>
        <source>Twitch: moderating needs the Helix API — give the application’s client id (VITRINE_TWITCH_CLIENT_ID)</source>
        <translation>Twitch: moderating needs the Helix API — give the application’s client id (VITRINE_TWITCH_CLIENT_ID)</translation>
    </message>
    <message>
        <source>#%1 through EventSub</source>
        <translation>#%1 through EventSub</translation>
    </message>
    <message>
        <source>Twitch sent an EventSub frame that could not be read (%1)</source>
        <translation>Twitch sent an EventSub frame that could not be read (%1)</translation>
    </message>
    <message>
        <source>no keepalive from Twitch EventSub for %1 s</source>
        <translation>no keepalive from Twitch EventSub for %1 s</translation>
    </message>
    <message>
        <source>Twitch EventSub is not available (%1); reading the chat through IRC.</source>
        <translation>Twitch EventSub is not available (%1); reading the chat through IRC.</translation>
    </message>
    <message>
        <source>switching to IRC</source>
        <translation>switching to IRC</translation>
    </message>
    <message>
        <source>#%1 through IRC</source>
        <translation>#%1 through IRC</translation>
    </message>
</context>
<context>
    <name>vitrine::TwitchEventSub</name>
    <message>
        <source>no welcome from Twitch EventSub within %1 s</source>
        <translation>no welcome from Twitch EventSub within %1 s</translation>
    </message>
    <message>
        <source>Twitch EventSub closed the connection</source>
        <translation>Twitch EventSub closed the connection</translation>
    </message>
    <message>
        <source>Twitch closed the EventSub connection: %1 (%2)</source>
        <translation>Twitch closed the EventSub connection: %1 (%2)</translation>
    </message>
    <message>
        <source>Twitch revoked the %1 subscription (%2)</source>
        <translation>Twitch revoked the %1 subscription (%2)</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>no Helix API to subscribe with</source>
        <translation>no Helix API to subscribe with</translation>
    </message>
</context>
<context>
    <name>vitrine::TwitchEventSubFrame</name>
    <message>
        <source>not JSON (%1)</source>
        <translation>not JSON (%1)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <source>a frame without metadata.message_type</source>
        <translation>a frame without metadata.message_type</translation>
    </message>
    <message>
        <source>a welcome without payload.session.id</source>
        <translation>a welcome without payload.session.id</translation>
    </message>
    <message>
        <source>a reconnect without a WebSocket reconnect_url</source>
        <translation>a reconnect without a WebSocket reconnect_url</translation>
    </message>
    <message>
        <source>a notification without its subscription type</source>
        <translation>a notification without its subscription type</translation>
    </message>
    <message>
        <source>a %1 notification without its event</source>
        <translation>a %1 notification without its event</translation>
    </message>
</context>
<context>
    <name>vitrine::TwitchHelix</name>
    <message>
        <source>Twitch answered %1: %2</source>
        <translation>Twitch answered %1: %2</translation>
    </message>
    <message>
        <source>Twitch did not say who the token belongs to</source>
        <translation>Twitch did not say who the token belongs to</translation>
    </message>
    <message>
        <source>Twitch did not find the channel %1</source>
        <translation>Twitch did not find the channel %1</translation>
    </message>
    <message>
        <source>%1: no such user</source>
        <translation>%1: no such user</translation>
    </message>
    <message>
        <source>The message was not posted to Twitch</source>
        <translation>The message was not posted to Twitch</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Twitch dropped it</source>
        <translation>Twitch dropped it</translation>
    </message>
    <message>
        <source>The message was not deleted on Twitch</source>
        <translation>The message was not deleted on Twitch</translation>
    </message>
    <message>
        <source>The author was not timed out on Twitch</source>
        <translation>The author was not timed out on Twitch</translation>
    </message>
    <message>
        <source>The author was not banned on Twitch</source>
        <translation>The author was not banned on Twitch</translation>
    </message>
    <message>
        <source>subscribing to %1</source>
        <translation>subscribing to %1</translation>
    </message>
</context>
<context>
    <name>vitrine::VerticalCanvas</name>
    <message>
        <source>invalid vertical canvas %1×%2</source>
        <translation>invalid vertical canvas %1×%2</translation>
    </message>
    <message>
        <source>the vertical canvas needs libobs&apos;s video to be running</source>
        <translation>the vertical canvas needs libobs&apos;s video to be running</translation>
    </message>
    <message>
        <source>libobs could not create the vertical canvas (%1×%2)</source>
        <translation>libobs could not create the vertical canvas (%1×%2)</translation>
    </message>
</context>
<context>
    <name>vitrine::ViewerPoller</name>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>the answer is not a JSON object</translation>
    </message>
    <message>
        <source>the answer has no video list</source>
        <translation>the answer has no video list</translation>
    </message>
    <message>
        <source>concurrentViewers is not a number</source>
        <translation>concurrentViewers is not a number</translation>
    </message>
    <message>
        <source>the answer has no stream list</source>
        <translation>the answer has no stream list</translation>
    </message>
    <message>
        <source>viewer_count is not a number</source>
        <translation>viewer_count is not a number</translation>
    </message>
    <message>
        <source>live_views is not a number</source>
        <translation>live_views is not a number</translation>
    </message>
    <message>
        <source>The viewers of %1 were not read</source>
        <translation>The viewers of %1 were not read</translation>
    </message>
    <message>
        <source>The viewers of %1 were not read: %2</source>
        <translation>The viewers of %1 were not read: %2</translation>
    </message>
</context>
<context>
    <name>vitrine::VolumeMeter</name>
    <message>
        <source>Audio level</source>
        <translation>Audio level</translation>
    </message>
</context>
<context>
    <name>vitrine::WindowMenus</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Studio mode</source>
        <translation>&amp;Studio mode</translation>
    </message>
    <message>
        <source>S&amp;cene</source>
        <translation>S&amp;cene</translation>
    </message>
    <message>
        <source>&amp;Transition</source>
        <translation>&amp;Transition</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>S&amp;how</translation>
    </message>
    <message>
        <source>&amp;Destinations…</source>
        <translation>&amp;Destinations…</translation>
    </message>
    <message>
        <source>&amp;Chats…</source>
        <translation>&amp;Chats…</translation>
    </message>
    <message>
        <source>&amp;Import catalogue…</source>
        <translation>&amp;Import catalogue…</translation>
    </message>
    <message>
        <source>&amp;End the show…</source>
        <translation>&amp;End the show…</translation>
    </message>
    <message>
        <source>Unpin, stop the promo and the flash sale, and start the run-of-show over</source>
        <translation>Unpin, stop the promo and the flash sale, and start the run-of-show over</translation>
    </message>
    <message>
        <source>End the show?</source>
        <translation>End the show?</translation>
    </message>
    <message>
        <source>The pinned product, the running promo code and flash sale come off air and the run-of-show starts over. The show&apos;s products, scenes and figures stay.</source>
        <translation>The pinned product, the running promo code and flash sale come off air and the run-of-show starts over. The show&apos;s products, scenes and figures stay.</translation>
    </message>
    <message>
        <source>Show d&amp;etails…</source>
        <translation>Show d&amp;etails…</translation>
    </message>
    <message>
        <source>&amp;Review a replay…</source>
        <translation>&amp;Review a replay…</translation>
    </message>
    <message>
        <source>Show &amp;report…</source>
        <translation>Show &amp;report…</translation>
    </message>
    <message>
        <source>The shop&apos;s orders export</source>
        <translation>The shop&apos;s orders export</translation>
    </message>
    <message>
        <source>Shopify orders export (*.csv);;All files (*)</source>
        <translation>Shopify orders export (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>No report</source>
        <translation>No report</translation>
    </message>
    <message numerus="yes">
        <source>The report of %n order(s) is in %1.</source>
        <translation>
            <numerusform>The report of %n order(s) is in %1.</numerusform>
            <numerusform>The report of %n order(s) is in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the export were skipped:</source>
        <translation>
            <numerusform>%n row(s) of the export were skipped:</numerusform>
            <numerusform>%n row(s) of the export were skipped:</numerusform>
        </translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>Show report</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Open the PDF</translation>
    </message>
    <message>
        <source>Review a replay</source>
        <translation>Review a replay</translation>
    </message>
    <message>
        <source>Replays (*.mp4);;All files (*)</source>
        <translation>Replays (*.mp4);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Presenter view</source>
        <translation>&amp;Presenter view</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Presenter view</translation>
    </message>
    <message>
        <source>Producer re&amp;mote…</source>
        <translation>Producer re&amp;mote…</translation>
    </message>
</context>
<context>
    <name>vitrine::YouTubeChatPage</name>
    <message>
        <source>the YouTube chat page is not a JSON object (%1)</source>
        <translation>the YouTube chat page is not a JSON object (%1)</translation>
    </message>
    <message>
        <source>the YouTube chat page&apos;s items are not a list</source>
        <translation>the YouTube chat page&apos;s items are not a list</translation>
    </message>
    <message>
        <source>the answer is not a YouTube chat page (no items)</source>
        <translation>the answer is not a YouTube chat page (no items)</translation>
    </message>
    <message>
        <source>the answer is not a YouTube broadcast list</source>
        <translation>the answer is not a YouTube broadcast list</translation>
    </message>
</context>
<context>
    <name>vitrine::YouTubeConnector</name>
    <message>
        <source>polling %1</source>
        <translation>polling %1</translation>
    </message>
    <message>
        <source>YouTube answered %1: %2</source>
        <translation>YouTube answered %1: %2</translation>
    </message>
    <message>
        <source>YouTube answered HTTP %1</source>
        <translation>YouTube answered HTTP %1</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>cannot reach %1: %2</translation>
    </message>
    <message>
        <source>YouTube has no live broadcast with id %1</source>
        <translation>YouTube has no live broadcast with id %1</translation>
    </message>
    <message>
        <source>the broadcast %1 has no live chat yet</source>
        <translation>the broadcast %1 has no live chat yet</translation>
    </message>
    <message>
        <source>YouTube sent a chat page that could not be read: %1</source>
        <translation>YouTube sent a chat page that could not be read: %1</translation>
    </message>
    <message>
        <source>the live chat ended at %1</source>
        <translation>the live chat ended at %1</translation>
    </message>
    <message>
        <source>%1; retrying in %2 s</source>
        <translation>%1; retrying in %2 s</translation>
    </message>
    <message>
        <source>the live ended; waiting for the channel’s next live</source>
        <translation>the live ended; waiting for the channel’s next live</translation>
    </message>
    <message>
        <source>YouTube: signed in with an API key only — sign in to post</source>
        <translation>YouTube: signed in with an API key only — sign in to post</translation>
    </message>
    <message>
        <source>YouTube: signed in with an API key only — sign in to moderate</source>
        <translation>YouTube: signed in with an API key only — sign in to moderate</translation>
    </message>
    <message>
        <source>%1: the live chat has not been found yet</source>
        <translation>%1: the live chat has not been found yet</translation>
    </message>
    <message>
        <source>The message was not posted to YouTube</source>
        <translation>The message was not posted to YouTube</translation>
    </message>
    <message>
        <source>The message was not deleted on YouTube</source>
        <translation>The message was not deleted on YouTube</translation>
    </message>
    <message>
        <source>The author was not timed out on YouTube</source>
        <translation>The author was not timed out on YouTube</translation>
    </message>
    <message>
        <source>The author was not banned on YouTube</source>
        <translation>The author was not banned on YouTube</translation>
    </message>
</context>
<context>
    <name>vitrine::YouTubeLiveChatResolver</name>
    <message>
        <source>“%1” is not a YouTube video, channel or handle</source>
        <translation>“%1” is not a YouTube video, channel or handle</translation>
    </message>
    <message>
        <source>YouTube answered %1: %2</source>
        <translation>YouTube answered %1: %2</translation>
    </message>
    <message>
        <source>YouTube answered HTTP %1</source>
        <translation>YouTube answered HTTP %1</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>cannot reach %1: %2</translation>
    </message>
    <message>
        <source>YouTube has no channel @%1; check the address</source>
        <translation>YouTube has no channel @%1; check the address</translation>
    </message>
    <message>
        <source>the channel %1 has no live broadcast right now; the chat connects once it goes live</source>
        <translation>the channel %1 has no live broadcast right now; the chat connects once it goes live</translation>
    </message>
    <message>
        <source>YouTube has no video %1; check the address</source>
        <translation>YouTube has no video %1; check the address</translation>
    </message>
    <message>
        <source>the video %1 is not a live broadcast, so it has no live chat</source>
        <translation>the video %1 is not a live broadcast, so it has no live chat</translation>
    </message>
    <message>
        <source>the live %1 has ended</source>
        <translation>the live %1 has ended</translation>
    </message>
    <message>
        <source>the live %1 has no chat yet (not started, or its chat is turned off)</source>
        <translation>the live %1 has no chat yet (not started, or its chat is turned off)</translation>
    </message>
    <message>
        <source>the answer is not a YouTube channel list</source>
        <translation>the answer is not a YouTube channel list</translation>
    </message>
    <message>
        <source>the answer is not a YouTube search result</source>
        <translation>the answer is not a YouTube search result</translation>
    </message>
    <message>
        <source>the answer is not a YouTube video list</source>
        <translation>the answer is not a YouTube video list</translation>
    </message>
    <message>
        <source>following your own channel’s live needs you to sign in to YouTube (Chats › Accounts)</source>
        <translation>following your own channel’s live needs you to sign in to YouTube (Chats › Accounts)</translation>
    </message>
    <message>
        <source>your channel has no live broadcast right now; the chat connects once it goes live</source>
        <translation>your channel has no live broadcast right now; the chat connects once it goes live</translation>
    </message>
    <message>
        <source>the answer is not a YouTube broadcast list</source>
        <translation>the answer is not a YouTube broadcast list</translation>
    </message>
</context>
</TS>
