<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ObsWsMessage</name>
    <message>
        <source>The message is not valid JSON: %1.</source>
        <translation>Le message n’est pas du JSON valide : %1.</translation>
    </message>
    <message>
        <source>The message is not a JSON object.</source>
        <translation>Le message n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>This server speaks obs-websocket 5; obs-websocket 4 messages are not supported.</source>
        <translation>Ce serveur parle obs-websocket 5 ; les messages d’obs-websocket 4 ne sont pas pris en charge.</translation>
    </message>
    <message>
        <source>The message has no `op`.</source>
        <translation>Le message n’a pas d’`op`.</translation>
    </message>
    <message>
        <source>The message&apos;s `op` is not an unsigned number.</source>
        <translation>L’`op` du message n’est pas un nombre positif.</translation>
    </message>
    <message>
        <source>The message has no data (`d`).</source>
        <translation>Le message n’a pas de données (`d`).</translation>
    </message>
    <message>
        <source>The message&apos;s data (`d`) is not an object.</source>
        <translation>Les données du message (`d`) ne sont pas un objet.</translation>
    </message>
    <message>
        <source>The Identify has no `rpcVersion`.</source>
        <translation>L’Identify n’a pas de `rpcVersion`.</translation>
    </message>
    <message>
        <source>The Identify&apos;s `rpcVersion` is not an unsigned number.</source>
        <translation>Le `rpcVersion` de l’Identify n’est pas un nombre positif.</translation>
    </message>
    <message>
        <source>The `eventSubscriptions` is not an unsigned 32-bit number.</source>
        <translation>`eventSubscriptions` n’est pas un nombre positif sur 32 bits.</translation>
    </message>
    <message>
        <source>The Request has no `requestId`.</source>
        <translation>La Request n’a pas de `requestId`.</translation>
    </message>
    <message>
        <source>The Request has no `requestType`.</source>
        <translation>La Request n’a pas de `requestType`.</translation>
    </message>
    <message>
        <source>The Request&apos;s `requestType` is not a string.</source>
        <translation>Le `requestType` de la Request n’est pas une chaîne.</translation>
    </message>
    <message>
        <source>The RequestBatch has no `requestId`.</source>
        <translation>Le RequestBatch n’a pas de `requestId`.</translation>
    </message>
    <message>
        <source>The RequestBatch&apos;s `executionType` is not an unsigned number.</source>
        <translation>L’`executionType` du RequestBatch n’est pas un nombre positif.</translation>
    </message>
    <message>
        <source>The RequestBatch&apos;s `executionType` has an invalid value.</source>
        <translation>L’`executionType` du RequestBatch a une valeur invalide.</translation>
    </message>
    <message>
        <source>The RequestBatch&apos;s `haltOnFailure` is not a boolean.</source>
        <translation>Le `haltOnFailure` du RequestBatch n’est pas un booléen.</translation>
    </message>
    <message>
        <source>The RequestBatch has no `requests`.</source>
        <translation>Le RequestBatch n’a pas de `requests`.</translation>
    </message>
    <message>
        <source>The RequestBatch&apos;s `requests` is not an array.</source>
        <translation>Les `requests` du RequestBatch ne sont pas un tableau.</translation>
    </message>
</context>
<context>
    <name>vitrine</name>
    <message>
        <source>chat %1: YouTube needs an API key or a token (set VITRINE_YOUTUBE_API_KEY or VITRINE_YOUTUBE_TOKEN)</source>
        <translation>chat %1 : YouTube a besoin d&apos;une clé API ou d&apos;un jeton (définissez VITRINE_YOUTUBE_API_KEY ou VITRINE_YOUTUBE_TOKEN)</translation>
    </message>
    <message>
        <source>chat %1: Facebook needs a page access token (set VITRINE_FACEBOOK_TOKEN)</source>
        <translation>chat %1 : Facebook a besoin d&apos;un jeton d&apos;accès de page (définissez VITRINE_FACEBOOK_TOKEN)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>“%1” is not a Twitch channel address; paste twitch.tv/CHANNEL</source>
        <translation>« %1 » n’est pas l’adresse d’une chaîne Twitch ; collez twitch.tv/CHAÎNE</translation>
    </message>
    <message>
        <source>“%1” does not hold a YouTube video id</source>
        <translation>« %1 » ne contient pas d’identifiant de vidéo YouTube</translation>
    </message>
    <message>
        <source>“%1” does not hold a YouTube channel id (UC followed by 22 characters)</source>
        <translation>« %1 » ne contient pas d’identifiant de chaîne YouTube (UC suivi de 22 caractères)</translation>
    </message>
    <message>
        <source>“%1” is not a YouTube handle</source>
        <translation>« %1 » n’est pas un identifiant @ YouTube</translation>
    </message>
    <message>
        <source>“%1” is an old-style YouTube channel address; open the channel and paste its @handle address (youtube.com/@NAME) instead</source>
        <translation>« %1 » est une ancienne adresse de chaîne YouTube ; ouvrez la chaîne et collez plutôt son adresse @ (youtube.com/@NOM)</translation>
    </message>
    <message>
        <source>“%1” is not a YouTube live, video or channel address</source>
        <translation>« %1 » n’est pas l’adresse d’un direct, d’une vidéo ou d’une chaîne YouTube</translation>
    </message>
    <message>
        <source>“%1” is not a Facebook live video address; paste facebook.com/PAGE/videos/ID or facebook.com/watch/live/?v=ID</source>
        <translation>« %1 » n’est pas l’adresse d’une vidéo en direct Facebook ; collez facebook.com/PAGE/videos/ID ou facebook.com/watch/live/?v=ID</translation>
    </message>
    <message>
        <source>a chat message has no message_id</source>
        <translation>un message de chat n’a pas de message_id</translation>
    </message>
    <message>
        <source>the chat message %1 has no text</source>
        <translation>le message de chat %1 n’a pas de texte</translation>
    </message>
    <message>
        <source>a deletion names no message_id</source>
        <translation>une suppression ne nomme aucun message_id</translation>
    </message>
    <message>
        <source>a ban or time-out names no user</source>
        <translation>un bannissement ou une exclusion temporaire ne nomme aucun utilisateur</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>cannot read the streams of %1: %2</source>
        <translation>impossible de lire les flux de %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>the event log %1 does not exist</source>
        <translation>le journal d’évènements %1 n’existe pas</translation>
    </message>
</context>
<context>
    <name>vitrine::ActionPlayer</name>
    <message>
        <source>action on line %1 skipped: %2</source>
        <translation>action de la ligne %1 ignorée : %2</translation>
    </message>
    <message>
        <source>“%1” is sold out (add &quot;confirm&quot;: true to pin it anyway)</source>
        <translation>« %1 » est en rupture de stock (ajoutez &quot;confirm&quot;: true pour l’épingler quand même)</translation>
    </message>
    <message>
        <source>no product “%1” in the catalogue</source>
        <translation>aucun produit « %1 » dans le catalogue</translation>
    </message>
    <message>
        <source>the run-of-show has no next segment</source>
        <translation>le déroulé n’a pas de séquence suivante</translation>
    </message>
    <message>
        <source>no promo code “%1” in the show</source>
        <translation>aucun code promo « %1 » dans l’émission</translation>
    </message>
    <message>
        <source>no chat to highlight from</source>
        <translation>pas de chat où choisir un message</translation>
    </message>
    <message>
        <source>no chat message “%1” has arrived</source>
        <translation>aucun message « %1 » n’est arrivé dans le chat</translation>
    </message>
    <message>
        <source>no chat to run a giveaway in</source>
        <translation>aucun chat où mener un jeu-concours</translation>
    </message>
    <message>
        <source>the giveaway could not start</source>
        <translation>le jeu-concours n&apos;a pas pu commencer</translation>
    </message>
    <message>
        <source>no chat to run a poll in</source>
        <translation>aucun chat où mener un sondage</translation>
    </message>
    <message>
        <source>the poll needs a question and 2 to 4 different options</source>
        <translation>le sondage a besoin d&apos;une question et de 2 à 4 options différentes</translation>
    </message>
</context>
<context>
    <name>vitrine::ActionScript</name>
    <message>
        <source>not a JSON object: %1</source>
        <translation>pas un objet JSON : %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>“at” needs a number of seconds from the start, 0 or more</source>
        <translation>« at » doit être un nombre de secondes depuis le début, 0 ou plus</translation>
    </message>
    <message>
        <source>no action: “do” is missing</source>
        <translation>aucune action : « do » manque</translation>
    </message>
    <message>
        <source>“%1” needs “%2”</source>
        <translation>« %1 » demande « %2 »</translation>
    </message>
    <message>
        <source>cannot read the actions file %1: %2</source>
        <translation>impossible de lire le fichier d’actions %1 : %2</translation>
    </message>
    <message>
        <source>“flash-start” needs a “price” such as &quot;19.90&quot;</source>
        <translation>« flash-start » demande un « price » comme &quot;19.90&quot;</translation>
    </message>
    <message>
        <source>“flash-start” needs a “quantity” of 1 or more</source>
        <translation>« flash-start » demande une « quantity » d’au moins 1</translation>
    </message>
    <message>
        <source>“startsIn” must be %1 to %2 seconds</source>
        <translation>« startsIn » doit être de %1 à %2 secondes</translation>
    </message>
    <message>
        <source>“minutes” must be 1 to 60</source>
        <translation>« minutes » doit être de 1 à 60</translation>
    </message>
    <message>
        <source>“highlight” needs “author” and “text”, or the “id” of a chat message</source>
        <translation>« highlight » demande « author » et « text », ou l’« id » d’un message du chat</translation>
    </message>
    <message>
        <source>“overlay” needs “visible”: true or false</source>
        <translation>« overlay » demande « visible » : true ou false</translation>
    </message>
    <message>
        <source>“poll-start” needs “options”: 2 to 4 of them</source>
        <translation>« poll-start » demande des « options » : 2 à 4</translation>
    </message>
    <message>
        <source>“seed” must be a whole number</source>
        <translation>« seed » doit être un nombre entier</translation>
    </message>
    <message>
        <source>unknown action “%1” (pin, unpin, next, promo-start, promo-stop, scene, flash-start, flash-stop, highlight, highlight-clear, overlay, end-show, giveaway-start, giveaway-stop, giveaway-draw, poll-start, poll-stop)</source>
        <translation>action « %1 » inconnue (pin, unpin, next, promo-start, promo-stop, scene, flash-start, flash-stop, highlight, highlight-clear, overlay, end-show, giveaway-start, giveaway-stop, giveaway-draw, poll-start, poll-stop)</translation>
    </message>
    <message>
        <source>unknown overlay “%1” (card, promo, flash, ticker, lower-third, highlight, starting-soon, end-card, poll, giveaway)</source>
        <translation>habillage « %1 » inconnu (card, promo, flash, ticker, lower-third, highlight, starting-soon, end-card, poll, giveaway)</translation>
    </message>
</context>
<context>
    <name>vitrine::AudienceFigures</name>
    <message>
        <source>Chat is quiet: %1 msg/min against a target of %2</source>
        <translation>Le chat est calme : %1 msg/min pour un objectif de %2</translation>
    </message>
    <message>
        <source>Audience is low: a peak of %1 viewers against a target of %2</source>
        <translation>L’audience est faible : un pic de %1 spectateurs pour un objectif de %2</translation>
    </message>
    <message>
        <source>Claims are behind: %1 against a target of %2</source>
        <translation>Les réservations sont en retard : %1 pour un objectif de %2</translation>
    </message>
</context>
<context>
    <name>vitrine::Broadcast</name>
    <message>
        <source>The live is already running.</source>
        <translation>Le live est déjà en cours.</translation>
    </message>
    <message>
        <source>No destination to go live to: add one (and its stream key) in the show&apos;s destinations.</source>
        <translation>Aucune destination pour le live : ajoutez-en une (avec sa clé de stream) dans les destinations de l&apos;émission.</translation>
    </message>
    <message>
        <source>the server address “%1” is not an rtmp:// or rtmps:// URL</source>
        <translation>l&apos;adresse du serveur “%1” n&apos;est pas une URL rtmp:// ou rtmps://</translation>
    </message>
    <message>
        <source>no stream key is set for this destination</source>
        <translation>aucune clé de stream n&apos;est définie pour cette destination</translation>
    </message>
    <message>
        <source>no keychain to read the stream key from</source>
        <translation>aucun trousseau de clés où lire la clé de stream</translation>
    </message>
    <message>
        <source>the stored stream key is empty</source>
        <translation>la clé de stream enregistrée est vide</translation>
    </message>
    <message>
        <source>A recording is already running.</source>
        <translation>Un enregistrement est déjà en cours.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>No destination could start:
%1</source>
        <translation>Aucune destination n’a pu démarrer :
%1</translation>
    </message>
    <message>
        <source>reconnecting at your request</source>
        <translation>reconnexion à votre demande</translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n tries: %1</source>
        <translation>
            <numerusform>abandon après %n essai : %1</numerusform>
            <numerusform>abandon après %n essais : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>key rejected: the server refused the stream key (%1)</source>
        <translation>clé refusée : le serveur a refusé la clé de stream (%1)</translation>
    </message>
    <message>
        <source>There is no such destination.</source>
        <translation>Cette destination n’existe pas.</translation>
    </message>
    <message>
        <source>The live is stopping.</source>
        <translation>Le live est en train de s’arrêter.</translation>
    </message>
    <message>
        <source>The vertical 9:16 canvas is not on.</source>
        <translation>Le canevas vertical 9:16 n’est pas activé.</translation>
    </message>
    <message>
        <source>A vertical recording is already running.</source>
        <translation>Un enregistrement vertical est déjà en cours.</translation>
    </message>
    <message>
        <source>this destination takes the vertical 9:16 canvas, which is off: it turns on once the live and the recording are stopped</source>
        <translation>cette destination prend le canevas vertical 9:16, qui est éteint : il s’allume une fois le live et l’enregistrement arrêtés</translation>
    </message>
    <message>
        <source>“%1” gets an encoder of its own at %2 kbps, which costs more CPU: %3.</source>
        <translation>« %1 » a son propre encodeur à %2 kbps, ce qui demande plus de processeur : %3.</translation>
    </message>
    <message>
        <source>its encoder could not be made: %1</source>
        <translation>son encodeur n&apos;a pas pu être créé : %1</translation>
    </message>
</context>
<context>
    <name>vitrine::CatalogueCommand</name>
    <message>
        <source>The show to import into.</source>
        <translation>L’émission dans laquelle importer.</translation>
    </message>
    <message>
        <source>SHOW</source>
        <translation>ÉMISSION</translation>
    </message>
    <message>
        <source>List as JSON, for scripts.</source>
        <translation>Liste en JSON, pour les scripts.</translation>
    </message>
    <message>
        <source>cannot create the show %1: the folder %2 does not exist</source>
        <translation>impossible de créer l’émission %1 : le dossier %2 n’existe pas</translation>
    </message>
    <message>
        <source>Nothing was changed in %1.</source>
        <translation>Rien n’a été modifié dans %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistrée.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 créée.</translation>
    </message>
    <message>
        <source>sold out</source>
        <translation>épuisé</translation>
    </message>
    <message numerus="yes">
        <source>%n in stock</source>
        <translation>
            <numerusform>%n en stock</numerusform>
            <numerusform>%n en stock</numerusform>
        </translation>
    </message>
    <message>
        <source>in stock</source>
        <translation>en stock</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produit</numerusform>
            <numerusform>%n produits</numerusform>
        </translation>
    </message>
    <message>
        <source>The currency of prices that carry none (default: the show&apos;s).</source>
        <translation>La devise des prix qui n&apos;en indiquent pas (par défaut : celle de l&apos;émission).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>usage: vitrine catalogue import FEED|URL --into SHOW.vitrine [--currency CODE]
       vitrine catalogue list SHOW.vitrine [--json]</source>
        <translation>usage : vitrine catalogue import FLUX|URL --into EMISSION.vitrine [--currency CODE]
        vitrine catalogue list EMISSION.vitrine [--json]</translation>
    </message>
    <message>
        <source>--currency needs a three-letter ISO 4217 code such as EUR, not “%1”</source>
        <translation>--currency demande un code ISO 4217 de trois lettres comme EUR, pas « %1 »</translation>
    </message>
</context>
<context>
    <name>vitrine::CatalogueDownload</name>
    <message>
        <source>No catalogue file or URL given.</source>
        <translation>Aucun fichier ni URL de catalogue indiqué.</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <source>%1: not a valid http(s) URL</source>
        <translation>%1 : URL http(s) non valide</translation>
    </message>
    <message>
        <source>cannot create a temporary file: %1</source>
        <translation>impossible de créer un fichier temporaire : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: the server answered HTTP %2 %3</source>
        <translation>%1 : le serveur a répondu HTTP %2 %3</translation>
    </message>
    <message>
        <source>cannot write the download: %1</source>
        <translation>impossible d&apos;écrire le téléchargement : %1</translation>
    </message>
</context>
<context>
    <name>vitrine::CatalogueImportDialog</name>
    <message>
        <source>Google Merchant Center feed</source>
        <translation>Flux Google Merchant Center</translation>
    </message>
    <message>
        <source>Shopify products.json</source>
        <translation>Shopify products.json</translation>
    </message>
    <message>
        <source>Shopify product export (CSV) recognised: columns mapped from its headers</source>
        <translation>Export de produits Shopify (CSV) reconnu : colonnes associées d&apos;après ses en-têtes</translation>
    </message>
    <message>
        <source>CSV: check which column feeds which field</source>
        <translation>CSV : vérifiez quelle colonne alimente quel champ</translation>
    </message>
    <message>
        <source>Import a catalogue</source>
        <translation>Importer un catalogue</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import products from a CSV (Shopify&apos;s product export or any spreadsheet), a Shopify products.json or a Google Merchant Center feed, from a file or an http(s) address. Products already in the show are updated by SKU; your pitch and order are kept.</source>
        <translation>Importez des produits depuis un CSV (export de produits Shopify ou n&apos;importe quel tableur), un products.json Shopify ou un flux Google Merchant Center, à partir d&apos;un fichier ou d&apos;une adresse http(s). Les produits déjà présents dans l&apos;émission sont mis à jour par SKU ; votre argumentaire et votre ordre sont conservés.</translation>
    </message>
    <message>
        <source>File or https://shop.example/feed.xml</source>
        <translation>Fichier ou https://shop.example/feed.xml</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>The currency of prices that do not say theirs</source>
        <translation>La devise des prix qui n&apos;indiquent pas la leur</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>The first rows, as they will import:</source>
        <translation>Les premières lignes, telles qu&apos;elles seront importées :</translation>
    </message>
    <message>
        <source>Nothing changes in the show until you choose Import.</source>
        <translation>Rien ne change dans l&apos;émission tant que vous n&apos;avez pas choisi Importer.</translation>
    </message>
    <message>
        <source>Catalogues (*.csv *.json *.xml *.rss *.atom *.txt);;All files (*)</source>
        <translation>Catalogues (*.csv *.json *.xml *.rss *.atom *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Choose a column for: %1</source>
        <translation>Choisissez une colonne pour : %1</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence (SKU)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Compare at</source>
        <translation>Prix barré</translation>
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
        <translation>Lien</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>Argumentaire</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>sold out</source>
        <translation>épuisé</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::CatalogueJson</name>
    <message>
        <source>%1: a product has no SKU</source>
        <translation>%1 : un produit n’a pas de référence (SKU)</translation>
    </message>
    <message>
        <source>%1: product “%2” has no valid price</source>
        <translation>%1 : le produit « %2 » n’a pas de prix valide</translation>
    </message>
    <message>
        <source>products[%1]: SKU “%2” appears twice</source>
        <translation>products[%1] : la référence (SKU) « %2 » apparaît deux fois</translation>
    </message>
</context>
<context>
    <name>vitrine::CatalogueMerge</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1: price %2 → %3</source>
        <translation>%1 : prix %2 → %3</translation>
    </message>
    <message>
        <source>%1: stock %2 → %3</source>
        <translation>%1 : stock %2 → %3</translation>
    </message>
    <message>
        <source>%1: back in stock</source>
        <translation>%1 : de nouveau en stock</translation>
    </message>
    <message>
        <source>%1: no longer available</source>
        <translation>%1 : n’est plus disponible</translation>
    </message>
    <message>
        <source>%1: details updated</source>
        <translation>%1 : informations mises à jour</translation>
    </message>
</context>
<context>
    <name>vitrine::ChatAccounts</name>
    <message>
        <source>Twitch’s answer names no account</source>
        <translation>la réponse de Twitch ne nomme aucun compte</translation>
    </message>
    <message>
        <source>YouTube’s answer is not a channel list</source>
        <translation>la réponse de YouTube n’est pas une liste de chaînes</translation>
    </message>
    <message>
        <source>this Google account has no YouTube channel</source>
        <translation>ce compte Google n’a pas de chaîne YouTube</translation>
    </message>
    <message>
        <source>Facebook’s answer names no account</source>
        <translation>la réponse de Facebook ne nomme aucun compte</translation>
    </message>
    <message>
        <source>custom feeds have no accounts</source>
        <translation>les flux personnalisés n’ont pas de compte</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Checking the saved sign-in…</source>
        <translation>Vérification de la connexion enregistrée…</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>En attente de votre connexion dans le navigateur…</translation>
    </message>
    <message>
        <source>Signed in as %1, reading the page %2.</source>
        <translation>Connecté en tant que %1, lecture de la page %2.</translation>
    </message>
    <message>
        <source>Signed in as %1, but you manage no Facebook page: a page’s lives need one.</source>
        <translation>Connecté en tant que %1, mais vous ne gérez aucune page Facebook : les lives d’une page en demandent une.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>The %1 sign-in has expired or was revoked; sign in again.</source>
        <translation>La connexion à %1 a expiré ou a été révoquée ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Could not check the %1 sign-in (%2); the chats use it anyway.</source>
        <translation>Impossible de vérifier la connexion à %1 (%2) ; les chats l’utilisent quand même.</translation>
    </message>
    <message>
        <source>The %1 sign-in has expired; sign in again.</source>
        <translation>La connexion à %1 a expiré ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>Not set up in this build: the studio’s %1 application id is missing (setting oauth/%2/clientId).</source>
        <translation>Non configuré dans cette version : l’identifiant de l’application %1 du studio manque (réglage oauth/%2/clientId).</translation>
    </message>
</context>
<context>
    <name>vitrine::ChatAccountsPanel</name>
    <message>
        <source>Add my chat</source>
        <translation>Ajouter mon chat</translation>
    </message>
    <message>
        <source>Read the signed-in account’s own Twitch channel</source>
        <translation>Lire la chaîne Twitch du compte connecté</translation>
    </message>
    <message>
        <source>Read the current live of the signed-in YouTube channel</source>
        <translation>Lire le live en cours de la chaîne YouTube connectée</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Your browser opens the %1 sign-in page; come back here when it says you are signed in.</source>
        <translation>Votre navigateur ouvre la page de connexion de %1 ; revenez ici quand il indique que vous êtes connecté.</translation>
    </message>
</context>
<context>
    <name>vitrine::ChatApiClient</name>
    <message>
        <source>%1 refused the token: it expired or was revoked — sign in again</source>
        <translation>%1 a refusé le jeton : il a expiré ou a été révoqué — reconnectez-vous</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 a répondu HTTP %2</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>vitrine::ChatComposer</name>
    <message>
        <source>Write to every chat again</source>
        <translation>Écrire de nouveau à tous les chats</translation>
    </message>
    <message>
        <source>Message to every chat…</source>
        <translation>Message pour tous les chats…</translation>
    </message>
    <message>
        <source>Send to all chats</source>
        <translation>Envoyer à tous les chats</translation>
    </message>
    <message>
        <source>Reply to %1 on %2: “%3”</source>
        <translation>Réponse à %1 sur %2 : « %3 »</translation>
    </message>
    <message>
        <source>Reply on %1…</source>
        <translation>Répondre sur %1…</translation>
    </message>
    <message>
        <source>Reply on %1</source>
        <translation>Répondre sur %1</translation>
    </message>
    <message>
        <source>Sends to the %1 chat this message came from, and nowhere else</source>
        <translation>Envoie dans le chat %1 d’où vient ce message, et nulle part ailleurs</translation>
    </message>
    <message>
        <source>Sends to every connected chat</source>
        <translation>Envoie à tous les chats connectés</translation>
    </message>
    <message>
        <source>Sends to every chat that lets the studio write. Not to:
%1</source>
        <translation>Envoie à tous les chats où le studio peut écrire. Pas à :
%1</translation>
    </message>
    <message>
        <source>Reply sent to %1.</source>
        <translation>Réponse envoyée sur %1.</translation>
    </message>
</context>
<context>
    <name>vitrine::ChatConnector</name>
    <message>
        <source>This chat does not allow that action.</source>
        <translation>Ce chat n&apos;autorise pas cette action.</translation>
    </message>
    <message>
        <source>%1: this chat is read only</source>
        <translation>%1 : ce chat est en lecture seule</translation>
    </message>
    <message>
        <source>%1 does not let the studio moderate this chat</source>
        <translation>%1 ne laisse pas le studio modérer ce chat</translation>
    </message>
</context>
<context>
    <name>vitrine::ChatDock</name>
    <message>
        <source>off</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>reconnecting…</source>
        <translation>reconnexion…</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
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
        <translation>Choisir les chats des plateformes réunis ici</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Question suivante</translation>
    </message>
    <message>
        <source>Search the chat…</source>
        <translation>Rechercher dans le chat…</translation>
    </message>
    <message>
        <source>Show %1 messages</source>
        <translation>Afficher les messages %1</translation>
    </message>
    <message>
        <source>Blocked words…</source>
        <translation>Mots bloqués…</translation>
    </message>
    <message>
        <source>Export transcript…</source>
        <translation>Exporter la transcription…</translation>
    </message>
    <message>
        <source>Export the chat transcript</source>
        <translation>Exporter la transcription du chat</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Show answered</source>
        <translation>Afficher les questions répondues</translation>
    </message>
    <message>
        <source>Mark answered</source>
        <translation>Marquer comme répondue</translation>
    </message>
    <message>
        <source>Marks the current question answered and selects the next one (Ctrl+Shift+Q)</source>
        <translation>Marque la question actuelle comme répondue et sélectionne la suivante (Ctrl+Shift+Q)</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) ↓</source>
        <translation>
            <numerusform>%n nouveau message ↓</numerusform>
            <numerusform>%n nouveaux messages ↓</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from screen</source>
        <translation>Retirer de l&apos;écran</translation>
    </message>
    <message>
        <source>Highlight on screen</source>
        <translation>Mettre en avant à l&apos;écran</translation>
    </message>
    <message>
        <source>Hide in the studio</source>
        <translation>Masquer dans le studio</translation>
    </message>
    <message>
        <source>Mark not answered</source>
        <translation>Marquer comme non répondue</translation>
    </message>
    <message>
        <source>Delete on %1</source>
        <translation>Supprimer sur %1</translation>
    </message>
    <message>
        <source>Time out for 10 minutes on %1</source>
        <translation>Exclure 10 minutes sur %1</translation>
    </message>
    <message>
        <source>Ban on %1</source>
        <translation>Bannir sur %1</translation>
    </message>
    <message>
        <source>No question left to answer.</source>
        <translation>Plus aucune question en attente de réponse.</translation>
    </message>
    <message>
        <source>No chat connected.</source>
        <translation>Aucun chat connecté.</translation>
    </message>
    <message>
        <source>Buy intent: none yet</source>
        <translation>Intention d&apos;achat : aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 ×%2 (%3 in the last minute)</source>
        <translation>%1 ×%2 (%3 au cours de la dernière minute)</translation>
    </message>
    <message>
        <source>Buy intent: %1</source>
        <translation>Intention d&apos;achat : %1</translation>
    </message>
    <message>
        <source>Questions (%1)</source>
        <translation>Questions (%1)</translation>
    </message>
    <message>
        <source>Blocked words</source>
        <translation>Mots bloqués</translation>
    </message>
    <message>
        <source>Messages with any of these words or phrases are hidden in the studio (separate them with commas):</source>
        <translation>Les messages contenant l’un de ces mots ou expressions sont masqués dans le studio (séparez-les par des virgules) :</translation>
    </message>
    <message>
        <source>This chat is not being recorded, so there is no transcript to export.</source>
        <translation>Ce chat n’est pas enregistré : il n’y a pas de transcription à exporter.</translation>
    </message>
    <message>
        <source>When a product is pinned, its link, tracked per platform, is posted to every chat the studio can write to.</source>
        <translation>Quand un produit est épinglé, son lien, suivi par plateforme, est publié dans chaque chat où le studio peut écrire.</translation>
    </message>
    <message>
        <source>Post pinned links to the chats</source>
        <translation>Publier les liens épinglés dans les chats</translation>
    </message>
    <message>
        <source>Reply on %1…</source>
        <translation>Répondre sur %1…</translation>
    </message>
    <message>
        <source>Giveaway &amp;&amp; poll</source>
        <translation>Jeu-concours et sondage</translation>
    </message>
</context>
<context>
    <name>vitrine::ChatHub</name>
    <message>
        <source>That message is no longer in the chat view.</source>
        <translation>Ce message n&apos;est plus affiché dans le chat.</translation>
    </message>
    <message>
        <source>%1 (%2) did not take the message.</source>
        <translation>%1 (%2) n&apos;a pas accepté le message.</translation>
    </message>
    <message>
        <source>No connected chat lets this account write; sign in to post.</source>
        <translation>Aucun chat connecté ne permet à ce compte d&apos;écrire ; connectez-vous pour publier.</translation>
    </message>
    <message>
        <source>The reply could not be sent to %1.</source>
        <translation>La réponse n&apos;a pas pu être envoyée sur %1.</translation>
    </message>
    <message>
        <source>The chat this message came from is no longer connected.</source>
        <translation>Le chat d’où provient ce message n’est plus connecté.</translation>
    </message>
</context>
<context>
    <name>vitrine::ChatModeration</name>
    <message>
        <source>The chat this message came from is no longer connected.</source>
        <translation>Le chat d&apos;où provient ce message n&apos;est plus connecté.</translation>
    </message>
    <message>
        <source>%1 does not let this account do that; sign in as a moderator of the channel.</source>
        <translation>%1 ne permet pas à ce compte de faire cela ; connectez-vous en tant que modérateur de la chaîne.</translation>
    </message>
    <message>
        <source>The platform gave no id for this author.</source>
        <translation>La plateforme n&apos;a fourni aucun identifiant pour cet auteur.</translation>
    </message>
    <message>
        <source>%1 refused the action.</source>
        <translation>%1 a refusé l&apos;action.</translation>
    </message>
</context>
<context>
    <name>vitrine::ChatSources</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>vitrine::ChatSourcesDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>This chat is already in the list.</source>
        <translation>Ce chat est déjà dans la liste.</translation>
    </message>
    <message>
        <source>https://www.youtube.com/@maisonmoulin/live</source>
        <translation>https://www.youtube.com/@maisonmoulin/live</translation>
    </message>
    <message>
        <source>Not added: %1.</source>
        <translation>Non ajouté : %1.</translation>
    </message>
    <message>
        <source>%1 (not understood)</source>
        <translation>%1 (non compris)</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Sign in to post answers and moderate from the studio. Without an account, Twitch chats are read anonymously and YouTube needs an API key.</source>
        <translation>Connectez-vous pour publier des réponses et modérer depuis le studio. Sans compte, les chats Twitch sont lus anonymement et YouTube demande une clé d’API.</translation>
    </message>
    <message>
        <source>The merged chat reads these chats. Paste the address of a channel or a live as your browser shows it: a YouTube live, video, @handle or channel page, a Twitch channel, or a Facebook live video. A YouTube channel’s chat follows its current live.</source>
        <translation>Le chat fusionné lit ces chats. Collez l’adresse d’une chaîne ou d’un live telle que votre navigateur l’affiche : un live, une vidéo, un @identifiant ou une page de chaîne YouTube, une chaîne Twitch ou une vidéo en direct Facebook. Le chat d’une chaîne YouTube suit son live en cours.</translation>
    </message>
</context>
<context>
    <name>vitrine::ChatSpec</name>
    <message>
        <source>chat “%1” should read PLATFORM:TARGET[@ENDPOINT], e.g. twitch:channel</source>
        <translation>le chat “%1” doit être de la forme PLATFORM:TARGET[@ENDPOINT], par ex. twitch:channel</translation>
    </message>
    <message>
        <source>chat “%1”: unknown platform “%2” (twitch, youtube, facebook or custom)</source>
        <translation>chat “%1” : plateforme “%2” inconnue (twitch, youtube, facebook ou custom)</translation>
    </message>
    <message>
        <source>chat “%1”: “%2” is not a Twitch channel name (letters, digits and _, up to 25)</source>
        <translation>chat “%1” : “%2” n&apos;est pas un nom de chaîne Twitch (lettres, chiffres et _, 25 au maximum)</translation>
    </message>
    <message>
        <source>chat “%1”: “%2” is not a valid %3 id</source>
        <translation>chat “%1” : “%2” n&apos;est pas un identifiant %3 valide</translation>
    </message>
    <message>
        <source>chat “%1”: nothing after “@”; give an endpoint URL or leave “@” out</source>
        <translation>chat “%1” : rien après “@” ; indiquez une URL de point de terminaison ou omettez “@”</translation>
    </message>
    <message>
        <source>chat “%1”: the endpoint “%2” is not a %3 URL</source>
        <translation>chat “%1” : le point de terminaison “%2” n&apos;est pas une URL %3</translation>
    </message>
    <message>
        <source>chat “%1”: a custom feed needs its endpoint, e.g. custom:%2@ws://HOST:PORT/PATH</source>
        <translation>chat “%1” : un flux personnalisé a besoin de son point de terminaison, par ex. custom:%2@ws://HOST:PORT/PATH</translation>
    </message>
</context>
<context>
    <name>vitrine::ChatSpool</name>
    <message>
        <source>Cannot write the chat record %1: %2</source>
        <translation>Impossible d&apos;écrire l&apos;historique du chat %1 : %2</translation>
    </message>
</context>
<context>
    <name>vitrine::ChatTranscript</name>
    <message>
        <source>Cannot read the chat record %1: %2</source>
        <translation>Impossible de lire l&apos;historique du chat %1 : %2</translation>
    </message>
</context>
<context>
    <name>vitrine::ChatUrl</name>
    <message>
        <source>paste the address of a YouTube, Twitch or Facebook live or channel</source>
        <translation>collez l’adresse d’un direct ou d’une chaîne YouTube, Twitch ou Facebook</translation>
    </message>
    <message>
        <source>fb.watch short links cannot be read without asking Facebook; open “%1” in a browser and paste the facebook.com address it leads to</source>
        <translation>les liens courts fb.watch ne peuvent être lus sans interroger Facebook ; ouvrez « %1 » dans un navigateur et collez l’adresse facebook.com vers laquelle il mène</translation>
    </message>
    <message>
        <source>“%1” is not a YouTube, Twitch or Facebook address</source>
        <translation>« %1 » n’est pas une adresse YouTube, Twitch ou Facebook</translation>
    </message>
    <message>
        <source>Custom feed</source>
        <translation>Flux personnalisé</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>chaîne %1</translation>
    </message>
    <message>
        <source>live video %1</source>
        <translation>vidéo en direct %1</translation>
    </message>
    <message>
        <source>current live of channel %1</source>
        <translation>direct en cours de la chaîne %1</translation>
    </message>
    <message>
        <source>current live of @%1</source>
        <translation>direct en cours de @%1</translation>
    </message>
    <message>
        <source>broadcast %1</source>
        <translation>diffusion %1</translation>
    </message>
    <message>
        <source>live chat %1</source>
        <translation>chat en direct %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>current live of the signed-in channel</source>
        <translation>live en cours de la chaîne connectée</translation>
    </message>
</context>
<context>
    <name>vitrine::ClaimBook</name>
    <message>
        <source>Cannot write the claims to %1: %2</source>
        <translation>Impossible d’écrire les réservations dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>vitrine::ClaimConfirmer</name>
    <message>
        <source>%1 reserved for you: %2 × %3</source>
        <translation>%1, c’est réservé pour vous : %2 × %3</translation>
    </message>
    <message>
        <source>%1 reserved for you: %2 × %3 — pay here: %4</source>
        <translation>%1, c’est réservé pour vous : %2 × %3 — à régler ici : %4</translation>
    </message>
</context>
<context>
    <name>vitrine::ClaimsDock</name>
    <message>
        <source>Claims</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Confirm claims in chat</source>
        <translation>Confirmer les réservations dans le chat</translation>
    </message>
    <message>
        <source>Answer each accepted claim on its platform with the product&apos;s checkout link (only on chats the studio can write to).</source>
        <translation>Répondre à chaque réservation acceptée sur sa plateforme avec le lien de paiement du produit (seulement dans les chats où le studio peut écrire).</translation>
    </message>
    <message>
        <source>Export claims…</source>
        <translation>Exporter les réservations…</translation>
    </message>
    <message>
        <source>Export the claims</source>
        <translation>Exporter les réservations</translation>
    </message>
    <message>
        <source>claims.csv</source>
        <translation>reservations.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Liste d’attente</translation>
    </message>
    <message>
        <source>#</source>
        <translation>n°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Ambiguës</translation>
    </message>
    <message>
        <source>Claims exported to %1.</source>
        <translation>Réservations exportées dans %1.</translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation>Code inconnu %1</translation>
    </message>
    <message>
        <source>Nothing pinned</source>
        <translation>Aucun produit épinglé</translation>
    </message>
    <message>
        <source>Needs a variant</source>
        <translation>Variante à choisir</translation>
    </message>
    <message>
        <source>Needs a variant: choose…</source>
        <translation>Variante à choisir…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n need a variant)</source>
        <translation>
            <numerusform>%1 (%n variante à choisir)</numerusform>
            <numerusform>%1 (%n variantes à choisir)</numerusform>
        </translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
</context>
<context>
    <name>vitrine::CommandLine</name>
    <message>
        <source>Run the show without a window.</source>
        <translation>Exécuter l’émission sans fenêtre.</translation>
    </message>
    <message>
        <source>The show file to run.</source>
        <translation>Le fichier de l’émission à exécuter.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Record to a file (MKV recommended: recoverable after a crash).</source>
        <translation>Enregistrer dans un fichier (MKV recommandé : récupérable après un plantage).</translation>
    </message>
    <message>
        <source>Stop after SECONDS once outputs run (default: until Ctrl+C).</source>
        <translation>S’arrêter au bout de SECONDES une fois les sorties démarrées (par défaut : jusqu’à Ctrl+C).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>Canvas size, e.g. 1280x720 or 1080x1920 (vertical).</source>
        <translation>Taille du canevas, p. ex. 1280x720 ou 1080x1920 (vertical).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>LxH</translation>
    </message>
    <message>
        <source>Frames per second (default 30).</source>
        <translation>Images par seconde (30 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Video bitrate in kbps (default 2500).</source>
        <translation>Débit vidéo en kbit/s (2500 par défaut).</translation>
    </message>
    <message>
        <source>KBPS</source>
        <translation>KBPS</translation>
    </message>
    <message>
        <source>Print libobs&apos;s own log.</source>
        <translation>Afficher le journal propre à libobs.</translation>
    </message>
    <message>
        <source>The show to open in the studio window.</source>
        <translation>L’émission à ouvrir dans la fenêtre du studio.</translation>
    </message>
    <message>
        <source>[SHOW]</source>
        <translation>[ÉMISSION]</translation>
    </message>
    <message>
        <source>only one show can be opened at a time</source>
        <translation>une seule émission peut être ouverte à la fois</translation>
    </message>
    <message>
        <source>--headless needs a show: --show FILE</source>
        <translation>--headless nécessite une émission : --show FICHIER</translation>
    </message>
    <message>
        <source>--duration needs a positive number of seconds, not “%1”</source>
        <translation>--duration attend un nombre de secondes positif, pas « %1 »</translation>
    </message>
    <message>
        <source>--canvas needs WIDTHxHEIGHT, e.g. 1280x720, not “%1”</source>
        <translation>--canvas attend LARGEURxHAUTEUR, p. ex. 1280x720, pas « %1 »</translation>
    </message>
    <message>
        <source>--fps needs a whole number from 1 to 120, not “%1”</source>
        <translation>--fps attend un nombre entier de 1 à 120, pas « %1 »</translation>
    </message>
    <message>
        <source>invalid canvas %1×%2 (sizes must be even, at least 16)</source>
        <translation>canevas %1×%2 invalide (les dimensions doivent être paires et d’au moins 16)</translation>
    </message>
    <message>
        <source>--bitrate needs kbps from 100 to 50000, not “%1”</source>
        <translation>--bitrate attend un débit de 100 à 50000 kbit/s, pas « %1 »</translation>
    </message>
    <message>
        <source>PLATFORM:TARGET[@ENDPOINT]</source>
        <translation>PLATFORM:TARGET[@ENDPOINT]</translation>
    </message>
    <message>
        <source>Write the merged chat as JSON Lines, one object per message as it arrives.</source>
        <translation>Écrit le chat fusionné au format JSON Lines, un objet par message, au fur et à mesure de leur arrivée.</translation>
    </message>
    <message>
        <source>--chat-log needs at least one --chat</source>
        <translation>--chat-log nécessite au moins un --chat</translation>
    </message>
    <message>
        <source>Write the show&apos;s event log there (default with --actions: SHOW.events.jsonl beside the show).</source>
        <translation>Écrit le journal des événements de l&apos;émission à cet endroit (par défaut avec --actions : SHOW.events.jsonl à côté de l&apos;émission).</translation>
    </message>
    <message>
        <source>--%1 needs --headless</source>
        <translation>--%1 demande --headless</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>--stream-key-env: the environment variable %1 is not set or empty</source>
        <translation>--stream-key-env : la variable d’environnement %1 n’est pas définie ou est vide</translation>
    </message>
    <message>
        <source>Attach a live chat (repeatable): a YouTube, Twitch or Facebook address as the browser shows it, or twitch:CHANNEL, youtube:LIVE_CHAT_ID, facebook:LIVE_VIDEO_ID or custom:NAME@ws://…; @URL replaces the platform&apos;s endpoint.</source>
        <translation>Associe un chat en direct (répétable) : une adresse YouTube, Twitch ou Facebook telle que le navigateur l’affiche, ou twitch:CHANNEL, youtube:LIVE_CHAT_ID, facebook:LIVE_VIDEO_ID ou custom:NAME@ws://… ; @URL remplace le point de terminaison de la plateforme.</translation>
    </message>
    <message>
        <source>Stream the landscape canvas to an RTMP(S) ingest: rtmp://HOST[:PORT]/APP/KEY (repeatable: one destination each).</source>
        <translation>Diffuser le canevas paysage vers un serveur d’ingestion RTMP(S) : rtmp://HOST[:PORT]/APP/KEY (répétable : une destination chacun).</translation>
    </message>
    <message>
        <source>Stream the vertical 9:16 canvas to an RTMP(S) ingest (repeatable); a show without one gets a 720x1280 canvas derived from its scenes.</source>
        <translation>Diffuser le canevas vertical 9:16 vers un serveur d’ingestion RTMP(S) (répétable) ; une émission qui n’en a pas reçoit un canevas 720x1280 dérivé de ses scènes.</translation>
    </message>
    <message>
        <source>Take the key of the --stream or --stream-vertical just before it from the environment variable NAME, so it stays out of the command line; that URL is then rtmp://HOST[:PORT]/APP.</source>
        <translation>Prendre la clé du --stream ou --stream-vertical qui le précède dans la variable d’environnement NOM, pour qu’elle reste hors de la ligne de commande ; cette URL est alors rtmp://HOST[:PORT]/APP.</translation>
    </message>
    <message>
        <source>Record the vertical canvas to a file.</source>
        <translation>Enregistrer le canevas vertical dans un fichier.</translation>
    </message>
    <message>
        <source>--stream-key-env needs a --stream or --stream-vertical just before it</source>
        <translation>--stream-key-env doit suivre un --stream ou un --stream-vertical</translation>
    </message>
    <message>
        <source>Tries before a destination that lost its server gives up (default 8; 0: never reconnect).</source>
        <translation>Essais avant qu’une destination qui a perdu son serveur abandonne (8 par défaut ; 0 : ne jamais se reconnecter).</translation>
    </message>
    <message>
        <source>--reconnect-tries needs a whole number from 0 to 50, not “%1”</source>
        <translation>--reconnect-tries attend un nombre entier de 0 à 50, pas « %1 »</translation>
    </message>
    <message>
        <source>Play a rehearsal script of timed producer actions (JSON Lines: pin, unpin, next, promo-start, promo-stop, scene, flash-start, flash-stop, highlight, highlight-clear, overlay, end-show), each recorded in the event log.</source>
        <translation>Jouer un script de répétition d’actions de régie minutées (JSON Lines : pin, unpin, next, promo-start, promo-stop, scene, flash-start, flash-stop, highlight, highlight-clear, overlay, end-show), chacune notée dans le journal d’événements.</translation>
    </message>
    <message>
        <source>The streaming service (as OBS Studio names it: &quot;Facebook Live&quot;, &quot;Twitch&quot;) of the --stream or --stream-vertical just before it: a service that takes a lower bitrate than the show&apos;s gets an encoder of its own, fitted to its caps.</source>
        <translation>Le service de diffusion (tel qu&apos;OBS Studio le nomme : « Facebook Live », « Twitch ») du --stream ou --stream-vertical juste avant : un service qui accepte un débit plus bas que celui de l&apos;émission a son propre encodeur, ajusté à ses limites.</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICE</translation>
    </message>
    <message>
        <source>--stream-service needs a --stream or --stream-vertical just before it</source>
        <translation>--stream-service demande un --stream ou un --stream-vertical juste avant</translation>
    </message>
    <message>
        <source>Write the claims the chats made (SOLD A1 2, je prends…) as CSV when the run ends.</source>
        <translation>Écrire en CSV, à la fin de l’exécution, les réservations faites dans les chats (SOLD A1 2, je prends…).</translation>
    </message>
    <message>
        <source>--claims-csv needs at least one --chat</source>
        <translation>--claims-csv demande au moins un --chat</translation>
    </message>
    <message>
        <source>Serve the producer remote (obs-websocket 5 API, /remote, /widget, /feed) on 127.0.0.1:PORT; its password is the environment variable VITRINE_REMOTE_PASSWORD (VITRINE_REMOTE_MODERATOR_PASSWORD: chat only).</source>
        <translation>Sert la régie à distance (API obs-websocket 5, /remote, /widget, /feed) sur 127.0.0.1:PORT ; son mot de passe est la variable d’environnement VITRINE_REMOTE_PASSWORD (VITRINE_REMOTE_MODERATOR_PASSWORD : chat seulement).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>--remote-port needs a port from 1 to 65535, not “%1”</source>
        <translation>--remote-port attend un port de 1 à 65535, pas « %1 »</translation>
    </message>
    <message>
        <source>--remote-port needs its password in the environment variable VITRINE_REMOTE_PASSWORD</source>
        <translation>--remote-port attend son mot de passe dans la variable d’environnement VITRINE_REMOTE_PASSWORD</translation>
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
        <translation>Vitrine Studio — un studio pour les émissions de live shopping.

  vitrine [SHOW]                 ouvre la fenêtre du studio, sur SHOW s&apos;il est indiqué
  vitrine --headless --show FILE [--stream rtmp://HOST[:PORT]/APP/KEY]...
          [--stream rtmp://HOST[:PORT]/APP --stream-key-env NOM]...
          [--stream-vertical URL [--stream-key-env NOM]]... [--stream-service SERVICE]
          [--record OUT.mkv] [--record-vertical OUT.mkv] [--duration SECONDS]
          [--chat PLATFORM:TARGET[@ENDPOINT]]... [--chat-log OUT.jsonl] [--claims-csv OUT.csv]
          [--actions ACTIONS.jsonl] [--event-log EVENTS.jsonl] [--remote-port PORT]
                                 exécute une émission sans fenêtre (automatisation, tests, benchmarks)
  vitrine catalogue import FEED|URL --into SHOW.vitrine
                                 importe ou réimporte un catalogue dans une émission (créée au besoin)
  vitrine catalogue list SHOW.vitrine [--json]
                                 liste les produits et variantes d&apos;une émission
  vitrine replay finish OUT.mkv --events EVENTS.jsonl [--show SHOW.vitrine]
                                 fait le replay d&apos;un enregistrement : MP4 à chapitres, manifeste, WebVTT
  vitrine replay clips OUT.mkv --events EVENTS.jsonl [--show SHOW.vitrine] [--reencode]
                                 découpe un clip par chapitre produit, avec vignettes, dans OUT.clips/
  vitrine overlay render SHOW --kind KIND [--sku SKU] [--canvas WxH] [--theme FILE.json]
          [--at ISO-UTC] --out FILE.png
                                 dessine un habillage en PNG transparent (vitrine overlay render --help)
  vitrine report SHOW.vitrine --orders ORDERS.csv [--live-window START/END] --out DIR
                                 les chiffres de l&apos;émission d&apos;après les commandes de la boutique (CSV Shopify)
                                 et son journal : DIR/figures.json, DIR/report.html, DIR/report.pdf

Les jetons de chat viennent de l&apos;environnement, jamais d&apos;une option : VITRINE_TWITCH_TOKEN (facultatif ;
lecture seule anonyme sans lui), VITRINE_YOUTUBE_API_KEY ou VITRINE_YOUTUBE_TOKEN, VITRINE_FACEBOOK_TOKEN.

Le mode sans fenêtre a tout de même besoin d&apos;un affichage X11 (sur un serveur : xvfb-run). Il renvoie 0
lorsque l&apos;exécution s&apos;est déroulée comme demandé et affiche ses chiffres sous forme de paires clé=valeur
sur sa dernière ligne de la sortie standard :
frames_rendered, frames_lagged, frames_skipped, frames_dropped, bytes_sent, cpu_seconds (processus entier),
run_cpu_seconds (pendant que les sorties tournaient), peak_rss_kib, duration_seconds, avg_render_ms, reconnects.
Une ligne par destination va sur la sortie d&apos;erreur à la fin : destination=N state=S reconnects=R dropped=D
videoKbps=V audioKbps=A encoder=shared|own (own : son service prend moins que ce que diffuse l&apos;émission).
Les erreurs vont sur la sortie d&apos;erreur standard ; les erreurs fatales renvoient 2 ; une destination finie en échec
pendant que les autres continuaient renvoie 1.</translation>
    </message>
</context>
<context>
    <name>vitrine::CsvProductImporter</name>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>broken quoting: %1</source>
        <translation>guillemets incorrects : %1</translation>
    </message>
    <message>
        <source>broken quoting in the header: %1</source>
        <translation>guillemets incorrects dans l’en-tête : %1</translation>
    </message>
    <message>
        <source>missing required column(s) for a Shopify export: %1</source>
        <translation>colonne(s) obligatoire(s) manquante(s) pour un export Shopify : %1</translation>
    </message>
    <message>
        <source>missing required column(s): %1 (a product file needs a SKU, a title and a price column)</source>
        <translation>colonne(s) obligatoire(s) manquante(s) : %1 (un fichier de produits doit comporter une colonne référence (SKU), une colonne titre et une colonne prix)</translation>
    </message>
    <message>
        <source>the column mapping names column %1, but the file has only %2</source>
        <translation>la correspondance des colonnes désigne la colonne %1, mais le fichier n’en compte que %2</translation>
    </message>
    <message>
        <source>the file is not UTF-8; it was read as Windows-1252 (Excel&apos;s &quot;CSV&quot; on Windows): check accented letters</source>
        <translation>le fichier n’est pas en UTF-8 ; il a été lu en Windows-1252 (le « CSV » d’Excel sous Windows) : vérifiez les lettres accentuées</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d’ouvrir le fichier : %1</translation>
    </message>
    <message>
        <source> (line %1 of the file)</source>
        <translation> (ligne %1 du fichier)</translation>
    </message>
    <message>
        <source>broken quoting: %1; row skipped</source>
        <translation>guillemets incorrects : %1 ; ligne ignorée</translation>
    </message>
    <message>
        <source> (the problem is on line %1 of the file)</source>
        <translation> (le problème se trouve à la ligne %1 du fichier)</translation>
    </message>
    <message>
        <source>this row has %1 fields where the header has %2; row skipped</source>
        <translation>cette ligne compte %1 champs alors que l’en-tête en compte %2 ; ligne ignorée</translation>
    </message>
    <message>
        <source>this row has %1 fields where the header has %2 (an unquoted delimiter in a value?); row skipped</source>
        <translation>cette ligne compte %1 champs alors que l’en-tête en compte %2 (un séparateur sans guillemets dans une valeur ?) ; ligne ignorée</translation>
    </message>
    <message>
        <source>the handle is empty; row skipped</source>
        <translation>le Handle est vide ; ligne ignorée</translation>
    </message>
    <message>
        <source>the title is empty; row skipped</source>
        <translation>le titre est vide ; ligne ignorée</translation>
    </message>
    <message>
        <source>the first row of &quot;%1&quot; has no title (or an earlier row of it was skipped); row skipped</source>
        <translation>la première ligne de « %1 » n’a pas de titre (ou l’une de ses lignes précédentes a été ignorée) ; ligne ignorée</translation>
    </message>
    <message>
        <source>the price is empty; row skipped</source>
        <translation>le prix est vide ; ligne ignorée</translation>
    </message>
    <message>
        <source>the SKU is empty; row skipped</source>
        <translation>la référence (SKU) est vide ; ligne ignorée</translation>
    </message>
    <message>
        <source>duplicate SKU &quot;%1&quot; (first on row %2); this row is skipped</source>
        <translation>référence (SKU) « %1 » en double (première occurrence à la ligne %2) ; cette ligne est ignorée</translation>
    </message>
    <message>
        <source>the price &quot;%1&quot; is negative; row skipped</source>
        <translation>le prix « %1 » est négatif ; ligne ignorée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price; row skipped</source>
        <translation>« %1 » n’est pas un prix ; ligne ignorée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price; the compare-at price is ignored</source>
        <translation>« %1 » n’est pas un prix ; le prix avant réduction est ignoré</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stock count; the stock is left unknown</source>
        <translation>« %1 » n’est pas une quantité en stock ; le stock reste inconnu</translation>
    </message>
    <message>
        <source>the stock %1 is negative; read as 0</source>
        <translation>le stock %1 est négatif ; lu comme 0</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <source>Handle / group</source>
        <translation>Handle / groupe</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence (SKU)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Compare-at price</source>
        <translation>Prix avant réduction</translation>
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
        <translation>Image de la variante</translation>
    </message>
    <message>
        <source>Product URL</source>
        <translation>URL du produit</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Option 1 name</source>
        <translation>Nom de l’option 1</translation>
    </message>
    <message>
        <source>Option 1 value</source>
        <translation>Valeur de l’option 1</translation>
    </message>
    <message>
        <source>Option 2 name</source>
        <translation>Nom de l’option 2</translation>
    </message>
    <message>
        <source>Option 2 value</source>
        <translation>Valeur de l’option 2</translation>
    </message>
    <message>
        <source>Option 3 name</source>
        <translation>Nom de l’option 3</translation>
    </message>
    <message>
        <source>Option 3 value</source>
        <translation>Valeur de l’option 3</translation>
    </message>
</context>
<context>
    <name>vitrine::CsvReader</name>
    <message>
        <source>a quoted field opened here is never closed (missing &apos;&quot;&apos;)</source>
        <translation>un champ entre guillemets ouvert ici n’est jamais fermé (il manque un &apos;&quot;&apos;)</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote (a &apos;&quot;&apos; inside a quoted field must be doubled)</source>
        <translation>texte inattendu après un guillemet fermant (un &apos;&quot;&apos; à l’intérieur d’un champ entre guillemets doit être doublé)</translation>
    </message>
    <message>
        <source>a &apos;&quot;&apos; inside a field that does not start with one (the field should be quoted and its quotes doubled)</source>
        <translation>un &apos;&quot;&apos; dans un champ qui ne commence pas par un guillemet (le champ devrait être entre guillemets et ses guillemets doublés)</translation>
    </message>
</context>
<context>
    <name>vitrine::CustomChatFrame</name>
    <message>
        <source>a chat feed frame is not a JSON object</source>
        <translation>une trame du flux de chat n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>a chat feed “delete” frame has no id</source>
        <translation>une trame “delete” du flux de chat n&apos;a pas d&apos;identifiant</translation>
    </message>
    <message>
        <source>a chat feed “clear_author” frame names no author</source>
        <translation>une trame “clear_author” du flux de chat n&apos;indique aucun auteur</translation>
    </message>
    <message>
        <source>a chat feed frame has an unknown type “%1”</source>
        <translation>une trame du flux de chat a un type inconnu “%1”</translation>
    </message>
    <message>
        <source>a chat feed message has no id or no text</source>
        <translation>un message du flux de chat n&apos;a pas d&apos;identifiant ou pas de texte</translation>
    </message>
    <message>
        <source>a chat feed message has an unknown kind “%1”</source>
        <translation>un message du flux de chat a une nature inconnue “%1”</translation>
    </message>
</context>
<context>
    <name>vitrine::CustomConnector</name>
    <message>
        <source>the feed closed the connection</source>
        <translation>le flux a fermé la connexion</translation>
    </message>
    <message>
        <source>The chat feed sent a frame that could not be read: %1</source>
        <translation>Le flux de chat a envoyé une trame illisible : %1</translation>
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
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Go live to this destination</source>
        <translation>Diffuser le live vers cette destination</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plateforme :</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Stream key:</source>
        <translation>Clé de stream :</translation>
    </message>
    <message>
        <source>New destination</source>
        <translation>Nouvelle destination</translation>
    </message>
    <message>
        <source>unchanged (kept in the system keychain)</source>
        <translation>inchangée (gardée dans le trousseau du système)</translation>
    </message>
    <message>
        <source>Every destination needs a name.</source>
        <translation>Chaque destination doit avoir un nom.</translation>
    </message>
    <message>
        <source>“%1”: the server must be an rtmp:// or rtmps:// address, e.g. rtmps://host/app.</source>
        <translation>“%1” : le serveur doit être une adresse rtmp:// ou rtmps://, par exemple rtmps://hote/app.</translation>
    </message>
    <message>
        <source>Saving the stream keys in the keychain…</source>
        <translation>Enregistrement des clés de stream dans le trousseau…</translation>
    </message>
    <message>
        <source>The stream keys could not be saved: %1</source>
        <translation>Les clés de stream n’ont pas pu être enregistrées : %1</translation>
    </message>
    <message>
        <source>Ingest:</source>
        <translation>Point d’ingestion :</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Get your stream key&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Obtenir votre clé de stream&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <source>a keyframe every %n s</source>
        <translation>
            <numerusform>une image clé toutes les %n s</numerusform>
            <numerusform>une image clé toutes les %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>No destination yet: add one for each platform the show goes live on.</source>
        <translation>Aucune destination : ajoutez-en une pour chaque plateforme où l’émission passe en direct.</translation>
    </message>
    <message>
        <source>the stream key from the platform&apos;s live dashboard</source>
        <translation>la clé de stream du tableau de bord live de la plateforme</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Copy the stream URL and stream key from YouTube Studio › Go live › Stream.</source>
        <translation>Copiez l’URL et la clé de stream depuis YouTube Studio › Passer au direct › Diffusion.</translation>
    </message>
    <message>
        <source>Facebook Live</source>
        <translation>Facebook Live</translation>
    </message>
    <message>
        <source>Copy the server URL and stream key from Facebook&apos;s Live Producer (facebook.com/live/producer), under “Streaming software”.</source>
        <translation>Copiez l’URL du serveur et la clé de stream depuis le Live Producer de Facebook (facebook.com/live/producer), sous « Logiciel de diffusion ».</translation>
    </message>
    <message>
        <source>Instagram Live</source>
        <translation>Instagram Live</translation>
    </message>
    <message>
        <source>Copy the stream URL and stream key from Instagram&apos;s Live Producer: on instagram.com, Create › Live video, then “Streaming software”. The key changes with each live.</source>
        <translation>Copiez l’URL et la clé de stream depuis le Live Producer d’Instagram : sur instagram.com, Créer › Vidéo en direct, puis « Logiciel de diffusion ». La clé change à chaque live.</translation>
    </message>
    <message>
        <source>TikTok LIVE</source>
        <translation>TikTok LIVE</translation>
    </message>
    <message>
        <source>Copy the server URL and stream key from TikTok LIVE Producer (livecenter.tiktok.com/producer), open to accounts allowed to go live from a computer. The key changes with each live.</source>
        <translation>Copiez l’URL du serveur et la clé de stream depuis TikTok LIVE Producer (livecenter.tiktok.com/producer), ouvert aux comptes autorisés à faire un live depuis un ordinateur. La clé change à chaque live.</translation>
    </message>
    <message>
        <source>Twitch</source>
        <translation>Twitch</translation>
    </message>
    <message>
        <source>Copy the stream key from the Twitch dashboard › Settings › Stream.</source>
        <translation>Copiez la clé de stream depuis le tableau de bord Twitch › Paramètres › Stream.</translation>
    </message>
    <message>
        <source>LinkedIn Live</source>
        <translation>LinkedIn Live</translation>
    </message>
    <message>
        <source>Create a LinkedIn Live event with “Streaming software”, then copy its stream URL and stream key.</source>
        <translation>Créez un événement LinkedIn Live avec « Logiciel de diffusion », puis copiez son URL et sa clé de stream.</translation>
    </message>
    <message>
        <source>Your site or another server (RTMP)</source>
        <translation>Votre site ou un autre serveur (RTMP)</translation>
    </message>
    <message>
        <source>The RTMP(S) server address and stream key your site&apos;s video host, or another platform, gives you.</source>
        <translation>L’adresse du serveur RTMP(S) et la clé de stream que vous donne l’hébergeur vidéo de votre site ou une autre plateforme.</translation>
    </message>
    <message>
        <source>e.g. YouTube — Maison Moulin channel</source>
        <translation>p. ex. YouTube — chaîne Maison Moulin</translation>
    </message>
    <message>
        <source>Show all services</source>
        <translation>Afficher tous les services</translation>
    </message>
    <message>
        <source>Every other service of OBS Studio&apos;s list</source>
        <translation>Tous les autres services de la liste d’OBS Studio</translation>
    </message>
    <message>
        <source>%1 — key missing</source>
        <translation>%1 — clé manquante</translation>
    </message>
    <message>
        <source>No stream key: this destination cannot go live until you paste its key.</source>
        <translation>Pas de clé de stream : cette destination ne peut pas passer en live tant que vous n’avez pas collé sa clé.</translation>
    </message>
    <message>
        <source>“%1” has no stream key: paste it from the platform&apos;s live dashboard, or untick “Go live to this destination”.</source>
        <translation>« %1 » n’a pas de clé de stream : collez-la depuis le tableau de bord live de la plateforme, ou décochez « Diffuser le live vers cette destination ».</translation>
    </message>
    <message>
        <source>Relay server (fans out to platforms)</source>
        <translation>Serveur relais (diffuse vers les plateformes)</translation>
    </message>
    <message>
        <source>The brand&apos;s own server (nginx-rtmp, SRS) that pushes this stream on to each platform: the studio sends one stream, whatever the number of platforms.</source>
        <translation>Le serveur de la marque (nginx-rtmp, SRS) qui renvoie ce flux vers chaque plateforme : le studio envoie un seul flux, quel que soit le nombre de plateformes.</translation>
    </message>
    <message>
        <source>e.g. YouTube, Facebook, Twitch</source>
        <translation>p. ex. YouTube, Facebook, Twitch</translation>
    </message>
    <message>
        <source>Names only, separated by commas, as a reminder: the relay server streams to them, the studio does not.</source>
        <translation>Des noms seulement, séparés par des virgules, pour mémoire : c&apos;est le serveur relais qui diffuse vers elles, pas le studio.</translation>
    </message>
    <message>
        <source>Platforms behind the relay:</source>
        <translation>Plateformes derrière le relais :</translation>
    </message>
    <message>
        <source>Fed by the relay server “%1”: the studio streams to the relay only.</source>
        <translation>Alimentée par le serveur relais « %1 » : le studio ne diffuse que vers le relais.</translation>
    </message>
    <message>
        <source>Relay server: the studio streams here, the relay pushes on to the platforms listed under it.</source>
        <translation>Serveur relais : le studio diffuse ici, le relais renvoie le flux vers les plateformes listées en dessous.</translation>
    </message>
    <message>
        <source>Vertical 9:16 (mobile platforms: TikTok, Reels, Shorts)</source>
        <translation>Vertical 9:16 (plateformes mobiles : TikTok, Reels, Shorts)</translation>
    </message>
    <message>
        <source>This destination gets a vertical 9:16 picture made from the show&apos;s scenes, composed and encoded beside the landscape one.</source>
        <translation>Cette destination reçoit une image verticale 9:16 tirée des scènes de l’émission, composée et encodée à côté de l’image paysage.</translation>
    </message>
    <message>
        <source>%1 takes at most %2 kbps of video (more: it gets an encoder of its own)</source>
        <translation>%1 accepte au plus %2 kbps de vidéo (au-delà : elle a son propre encodeur)</translation>
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
        <translation>Débit</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Perdues</translation>
    </message>
    <message>
        <source>Congestion</source>
        <translation>Congestion</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>Reconnexions</translation>
    </message>
    <message>
        <source>On air</source>
        <translation>À l’antenne</translation>
    </message>
    <message>
        <source>Start all</source>
        <translation>Tout démarrer</translation>
    </message>
    <message>
        <source>Go live on every enabled destination</source>
        <translation>Passer en live sur toutes les destinations activées</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Tout arrêter</translation>
    </message>
    <message>
        <source>End the live on every destination</source>
        <translation>Terminer le live sur toutes les destinations</translation>
    </message>
    <message>
        <source>Destinations…</source>
        <translation>Destinations…</translation>
    </message>
    <message>
        <source>Add, remove or change destinations (also while live)</source>
        <translation>Ajouter, retirer ou modifier des destinations (aussi pendant le live)</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconnecter</translation>
    </message>
    <message>
        <source>Reconnect now: try at once instead of waiting, or make a new connection</source>
        <translation>Reconnecter maintenant : essayer tout de suite au lieu d’attendre, ou ouvrir une nouvelle connexion</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Reading the key…</source>
        <translation>Lecture de la clé…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Reconnecting — try %1 in %2 s</source>
        <translation>Reconnexion — essai %1 dans %2 s</translation>
    </message>
    <message>
        <source>Reconnecting — try %1…</source>
        <translation>Reconnexion — essai %1…</translation>
    </message>
    <message>
        <source>Failed — key rejected</source>
        <translation>Échec — clé refusée</translation>
    </message>
    <message>
        <source>Failed — no key</source>
        <translation>Échec — pas de clé</translation>
    </message>
    <message>
        <source>Failed — server unreachable</source>
        <translation>Échec — serveur injoignable</translation>
    </message>
    <message>
        <source>Failed — gave up reconnecting</source>
        <translation>Échec — reconnexion abandonnée</translation>
    </message>
    <message>
        <source>Failed — bad address</source>
        <translation>Échec — adresse invalide</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stop streaming to “%1”; the others go on</source>
        <translation>Arrêter la diffusion vers « %1 » ; les autres continuent</translation>
    </message>
    <message>
        <source>Start streaming to “%1”</source>
        <translation>Démarrer la diffusion vers « %1 »</translation>
    </message>
    <message>
        <source>%1 kb/s</source>
        <translation>%1 kb/s</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Your connection is not carrying every destination: %1 of %2 kb/s sent. Stop a destination, lower the video bitrate in Settings, or send one stream to a relay server that feeds the platforms.</source>
        <translation>Votre connexion ne suffit pas pour toutes les destinations : %1 kb/s envoyés sur %2. Arrêtez une destination, baissez le débit vidéo dans les Réglages, ou envoyez un seul flux à un serveur relais qui alimente les plateformes.</translation>
    </message>
    <message>
        <source>No destination yet: add the platforms this show goes live on with Destinations….</source>
        <translation>Pas encore de destination : ajoutez les plateformes où cette émission passe en live avec Destinations….</translation>
    </message>
    <message>
        <source>%1 kb/s, own encoder</source>
        <translation>%1 kb/s, encodeur propre</translation>
    </message>
    <message>
        <source>Its service takes less than the show streams: it has an encoder of its own at %1 kbps of video and %2 kbps of audio.</source>
        <translation>Son service accepte moins que ce que diffuse l&apos;émission : elle a son propre encodeur, à %1 kbps de vidéo et %2 kbps d&apos;audio.</translation>
    </message>
</context>
<context>
    <name>vitrine::EncoderSet</name>
    <message>
        <source>the x264 encoder is not available (is the obs-x264 module installed?)</source>
        <translation>l’encodeur x264 n’est pas disponible (le module obs-x264 est-il installé ?)</translation>
    </message>
    <message>
        <source>the AAC encoder is not available (is the obs-ffmpeg module installed?)</source>
        <translation>l’encodeur AAC n’est pas disponible (le module obs-ffmpeg est-il installé ?)</translation>
    </message>
</context>
<context>
    <name>vitrine::EngagementPanel</name>
    <message>
        <source>Giveaway</source>
        <translation>Jeu-concours</translation>
    </message>
    <message>
        <source>What viewers write in any chat to enter: one entry per viewer and platform</source>
        <translation>Ce que les spectateurs écrivent dans n&apos;importe quel chat pour participer : une participation par spectateur et par plateforme</translation>
    </message>
    <message>
        <source>Draw a winner</source>
        <translation>Tirer un gagnant</translation>
    </message>
    <message>
        <source>Closes the entries and draws one at random; the draw is written to the event log with its seed, so it can be checked</source>
        <translation>Clôt les participations et en tire une au hasard ; le tirage est écrit dans le journal des événements avec sa graine, pour pouvoir être vérifié</translation>
    </message>
    <message>
        <source>Keyword:</source>
        <translation>Mot-clé :</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>Sondage</translation>
    </message>
    <message>
        <source>Which colour next?</source>
        <translation>Quelle couleur ensuite ?</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Question :</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <source>Option %1 (optional)</source>
        <translation>Option %1 (facultative)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>A giveaway needs a keyword viewers can write, such as #gagner.</source>
        <translation>Un jeu-concours a besoin d&apos;un mot-clé que les spectateurs peuvent écrire, comme #gagner.</translation>
    </message>
    <message>
        <source>A poll needs a question and 2 to 4 different options.</source>
        <translation>Un sondage a besoin d&apos;une question et de 2 à 4 options différentes.</translation>
    </message>
    <message>
        <source>Close entries</source>
        <translation>Clore les participations</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Stops taking entries; they stay for the draw</source>
        <translation>N&apos;accepte plus de participations ; elles restent pour le tirage</translation>
    </message>
    <message>
        <source>Opens entries: viewers write the keyword in any chat</source>
        <translation>Ouvre les participations : les spectateurs écrivent le mot-clé dans n&apos;importe quel chat</translation>
    </message>
    <message numerus="yes">
        <source>Open: %n entries</source>
        <translation>
            <numerusform>Ouvert : %n participation</numerusform>
            <numerusform>Ouvert : %n participations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n participation</numerusform>
            <numerusform>%n participations</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Winner:&lt;/b&gt; %1 (%2)</source>
        <translation>&lt;b&gt;Gagnant :&lt;/b&gt; %1 (%2)</translation>
    </message>
    <message>
        <source>End poll</source>
        <translation>Clore le sondage</translation>
    </message>
    <message>
        <source>Start poll</source>
        <translation>Lancer le sondage</translation>
    </message>
    <message>
        <source>%1 (%p%)</source>
        <translation>%1 (%p %)</translation>
    </message>
    <message>
        <source>Viewers vote by writing an option&apos;s number or its text</source>
        <translation>Les spectateurs votent en écrivant le numéro d&apos;une option ou son texte</translation>
    </message>
    <message numerus="yes">
        <source>%n votes</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message>
        <source>Only viewers who claimed a product</source>
        <translation>Seulement les spectateurs qui ont réservé un produit</translation>
    </message>
    <message>
        <source>Entries count only from viewers who wrote a claim (SOLD, je prends) in this show</source>
        <translation>Seules comptent les participations des spectateurs qui ont écrit une réservation (SOLD, je prends) pendant cette émission</translation>
    </message>
</context>
<context>
    <name>vitrine::Engine</name>
    <message>
        <source>the graphics adapter does not support the video settings</source>
        <translation>la carte graphique ne prend pas en charge les paramètres vidéo</translation>
    </message>
    <message>
        <source>invalid video settings</source>
        <translation>paramètres vidéo invalides</translation>
    </message>
    <message>
        <source>video is in use by an active output</source>
        <translation>la vidéo est utilisée par une sortie active</translation>
    </message>
    <message>
        <source>the graphics module libobs-opengl was not found</source>
        <translation>le module graphique libobs-opengl est introuvable</translation>
    </message>
    <message>
        <source>graphics initialisation failed (is Mesa&apos;s OpenGL installed?)</source>
        <translation>échec de l’initialisation graphique (l’OpenGL de Mesa est-il installé ?)</translation>
    </message>
    <message>
        <source>invalid canvas %1×%2 at %3 fps (sizes must be even, at least 16)</source>
        <translation>canevas %1×%2 à %3 i/s invalide (les dimensions doivent être paires et d’au moins 16)</translation>
    </message>
    <message>
        <source>no X11 or Wayland display: libobs needs one even without a window (on a server, run under xvfb-run)</source>
        <translation>aucun affichage X11 ou Wayland : libobs en a besoin même sans fenêtre (sur un serveur, exécutez-le avec xvfb-run)</translation>
    </message>
    <message>
        <source>libobs failed to start</source>
        <translation>libobs n’a pas pu démarrer</translation>
    </message>
    <message>
        <source>audio initialisation failed</source>
        <translation>échec de l’initialisation audio</translation>
    </message>
    <message>
        <source>could not set up video %1×%2 at %3 fps: %4</source>
        <translation>impossible de configurer la vidéo %1×%2 à %3 i/s : %4</translation>
    </message>
</context>
<context>
    <name>vitrine::EventLog</name>
    <message>
        <source>cannot write the show&apos;s event log %1: %2</source>
        <translation>impossible d’écrire le journal des événements de l’émission %1 : %2</translation>
    </message>
</context>
<context>
    <name>vitrine::ExactCut</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>cannot read the streams of %1: %2</source>
        <translation>impossible de lire les flux de %1 : %2</translation>
    </message>
    <message>
        <source>%1 has no video to cut</source>
        <translation>%1 n’a pas de vidéo à découper</translation>
    </message>
    <message>
        <source>cannot decode the video of %1</source>
        <translation>impossible de décoder la vidéo de %1</translation>
    </message>
    <message>
        <source>cannot decode the video of %1: %2</source>
        <translation>impossible de décoder la vidéo de %1 : %2</translation>
    </message>
    <message>
        <source>this FFmpeg has no H.264 encoder</source>
        <translation>ce FFmpeg n’a pas d’encodeur H.264</translation>
    </message>
    <message>
        <source>no container is known for %1</source>
        <translation>aucun conteneur connu pour %1</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>impossible de préparer %1 : %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire épuisée</translation>
    </message>
    <message>
        <source>cannot start the H.264 encoder: %1</source>
        <translation>impossible de démarrer l’encodeur H.264 : %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>impossible de commencer %1 : %2</translation>
    </message>
    <message>
        <source>cannot encode the clip: %1</source>
        <translation>impossible d’encoder l’extrait : %1</translation>
    </message>
    <message>
        <source>cannot write the clip: %1</source>
        <translation>impossible d’écrire l’extrait : %1</translation>
    </message>
    <message>
        <source>cannot convert the pictures of the clip</source>
        <translation>impossible de convertir les images de l’extrait</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the clip would be empty</source>
        <translation>l’extrait serait vide</translation>
    </message>
    <message>
        <source>no picture in %1 between %2 s and %3 s</source>
        <translation>aucune image dans %1 entre %2 s et %3 s</translation>
    </message>
    <message>
        <source>cannot finish %1: %2</source>
        <translation>impossible de terminer %1 : %2</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>impossible de renommer %1 en %2</translation>
    </message>
</context>
<context>
    <name>vitrine::FacebookComment</name>
    <message>
        <source>a Facebook comment event is not a JSON object</source>
        <translation>un événement de commentaire Facebook n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>Facebook reported an error: %1</source>
        <translation>Facebook a signalé une erreur : %1</translation>
    </message>
    <message>
        <source>a Facebook comment event has no id or no message</source>
        <translation>un événement de commentaire Facebook n&apos;a pas d&apos;identifiant ou pas de message</translation>
    </message>
</context>
<context>
    <name>vitrine::FacebookConnector</name>
    <message>
        <source>Facebook sent a comment that could not be read: %1</source>
        <translation>Facebook a envoyé un commentaire illisible : %1</translation>
    </message>
    <message>
        <source>Facebook answered %1: %2</source>
        <translation>Facebook a répondu %1 : %2</translation>
    </message>
    <message>
        <source>Facebook answered HTTP %1</source>
        <translation>Facebook a répondu HTTP %1</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>the comment stream ended</source>
        <translation>le flux de commentaires s&apos;est terminé</translation>
    </message>
    <message>
        <source>Facebook does not let pages time out or ban live commenters</source>
        <translation>Facebook ne permet pas aux pages d’exclure temporairement ni de bannir les auteurs de commentaires en direct</translation>
    </message>
    <message>
        <source>Facebook: no page token — sign in to post</source>
        <translation>Facebook : pas de jeton de page — connectez-vous pour publier</translation>
    </message>
    <message>
        <source>The comment was not posted to Facebook</source>
        <translation>Le commentaire n’a pas été publié sur Facebook</translation>
    </message>
    <message>
        <source>The comment was not deleted on Facebook</source>
        <translation>Le commentaire n’a pas été supprimé sur Facebook</translation>
    </message>
</context>
<context>
    <name>vitrine::FrameGrabber</name>
    <message>
        <source>cannot open %1</source>
        <translation>impossible d’ouvrir %1</translation>
    </message>
    <message>
        <source>cannot read the streams of %1</source>
        <translation>impossible de lire les flux de %1</translation>
    </message>
    <message>
        <source>%1 has no video to take a picture from</source>
        <translation>%1 n’a pas de vidéo d’où tirer une image</translation>
    </message>
    <message>
        <source>cannot decode the video of %1</source>
        <translation>impossible de décoder la vidéo de %1</translation>
    </message>
    <message>
        <source>no picture could be decoded from %1</source>
        <translation>aucune image n’a pu être décodée de %1</translation>
    </message>
    <message>
        <source>cannot scale the picture of %1</source>
        <translation>impossible de redimensionner l’image de %1</translation>
    </message>
</context>
<context>
    <name>vitrine::GoLiveBar</name>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Time on air</source>
        <translation>Temps à l&apos;antenne</translation>
    </message>
    <message>
        <source>Share of the computer&apos;s processor the studio uses</source>
        <translation>Part du processeur de l&apos;ordinateur utilisée par le studio</translation>
    </message>
    <message>
        <source>Frames the renderer missed since the live started (the picture stutters)</source>
        <translation>Images manquées par le rendu depuis le début du live (l&apos;image saccade)</translation>
    </message>
    <message>
        <source>Frames the encoder skipped because it could not keep up</source>
        <translation>Images sautées par l&apos;encodeur car il n&apos;arrivait pas à suivre</translation>
    </message>
    <message>
        <source>Frames dropped because the network could not keep up</source>
        <translation>Images perdues car le réseau n&apos;arrivait pas à suivre</translation>
    </message>
    <message>
        <source>What the studio sends, over every destination</source>
        <translation>Ce que le studio envoie, toutes destinations confondues</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Arrêter l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Stop the live?</source>
        <translation>Arrêter le live ?</translation>
    </message>
    <message>
        <source>Your audience will stop seeing you on every destination. Stop the live now?</source>
        <translation>Votre public ne vous verra plus sur aucune destination. Arrêter le live maintenant ?</translation>
    </message>
    <message>
        <source>Cannot go live</source>
        <translation>Impossible de lancer le live</translation>
    </message>
    <message>
        <source>Cannot record</source>
        <translation>Impossible d&apos;enregistrer</translation>
    </message>
    <message>
        <source>Recording to %1</source>
        <translation>Enregistrement dans %1</translation>
    </message>
    <message>
        <source>Start live</source>
        <translation>Démarrer le live</translation>
    </message>
    <message>
        <source>Stop live</source>
        <translation>Arrêter le live</translation>
    </message>
    <message>
        <source>CONNECTING</source>
        <translation>CONNEXION</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>EN DIRECT</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>off</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en direct</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No destination</source>
        <translation>Aucune destination</translation>
    </message>
    <message>
        <source>CPU %1%</source>
        <translation>CPU %1%</translation>
    </message>
    <message>
        <source>Render lag %1 (%2%)</source>
        <translation>Retard de rendu %1 (%2%)</translation>
    </message>
    <message>
        <source>Encode lag %1 (%2%)</source>
        <translation>Retard d&apos;encodage %1 (%2%)</translation>
    </message>
    <message>
        <source>Dropped %1</source>
        <translation>Perdues %1</translation>
    </message>
    <message>
        <source>%1 kb/s</source>
        <translation>%1 kb/s</translation>
    </message>
    <message>
        <source>%1: %2 kb/s, %3 dropped</source>
        <translation>%1 : %2 kb/s, %3 perdues</translation>
    </message>
    <message>
        <source>Nothing is being sent</source>
        <translation>Rien n&apos;est envoyé</translation>
    </message>
    <message>
        <source>Time recorded</source>
        <translation>Durée enregistrée</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>The recording folder %1 cannot be created. Choose another one in Settings.</source>
        <translation>Le dossier d&apos;enregistrement %1 ne peut pas être créé. Choisissez-en un autre dans les paramètres.</translation>
    </message>
    <message>
        <source>Recording saved — %1</source>
        <translation>Enregistrement sauvegardé — %1</translation>
    </message>
    <message>
        <source>The recording stopped before anything was written.</source>
        <translation>L&apos;enregistrement s&apos;est arrêté avant que quoi que ce soit ne soit écrit.</translation>
    </message>
    <message>
        <source>The recording failed: %1</source>
        <translation>L&apos;enregistrement a échoué : %1</translation>
    </message>
    <message>
        <source>REC %1</source>
        <translation>REC %1</translation>
    </message>
    <message>
        <source>Open Destinations…</source>
        <translation>Ouvrir les destinations…</translation>
    </message>
    <message numerus="yes">
        <source>live, %n reconnection(s)</source>
        <translation>
            <numerusform>en direct, %n reconnexion</numerusform>
            <numerusform>en direct, %n reconnexions</numerusform>
        </translation>
    </message>
    <message>
        <source>reconnecting (try %1)</source>
        <translation>reconnexion (essai %1)</translation>
    </message>
    <message>
        <source>Your connection is not carrying every destination (%1 of %2 kb/s): see the Destinations dock.</source>
        <translation>Votre connexion ne suffit pas pour toutes les destinations (%1 kb/s sur %2) : voyez le dock Destinations.</translation>
    </message>
    <message>
        <source>The vertical canvas is not recorded: %1</source>
        <translation>Le canevas vertical n’est pas enregistré : %1</translation>
    </message>
</context>
<context>
    <name>vitrine::GoLiveToolBar</name>
    <message>
        <source>Go live</source>
        <translation>Lancer le live</translation>
    </message>
    <message>
        <source>Destinations…</source>
        <translation>Destinations…</translation>
    </message>
    <message>
        <source>Where the live goes, and the stream keys (kept in the system keychain)</source>
        <translation>Où va le live, et les clés de stream (gardées dans le trousseau du système)</translation>
    </message>
    <message>
        <source>Stop the live and quit?</source>
        <translation>Arrêter le live et quitter ?</translation>
    </message>
    <message>
        <source>The live is running. Stop it cleanly and quit?</source>
        <translation>Le direct est en cours. L’arrêter proprement et quitter ?</translation>
    </message>
    <message>
        <source>The live and the recording are running. Stop both cleanly and quit?</source>
        <translation>Le direct et l’enregistrement sont en cours. Les arrêter proprement et quitter ?</translation>
    </message>
    <message>
        <source>Stop the recording and quit?</source>
        <translation>Arrêter l’enregistrement et quitter ?</translation>
    </message>
    <message>
        <source>The recording is running. Stop it cleanly (the file stays playable) and quit?</source>
        <translation>L’enregistrement est en cours. L’arrêter proprement (le fichier reste lisible) et quitter ?</translation>
    </message>
</context>
<context>
    <name>vitrine::HeadlessRunner</name>
    <message>
        <source>cannot record to %1: the folder %2 does not exist</source>
        <translation>impossible d’enregistrer dans %1 : le dossier %2 n’existe pas</translation>
    </message>
    <message>
        <source>no X11 display%1: libobs needs one even without a window; on a server, run under xvfb-run (Wayland sessions provide one through XWayland)</source>
        <translation>aucun affichage X11%1 : libobs en a besoin même sans fenêtre ; sur un serveur, exécutez-le avec xvfb-run (les sessions Wayland en fournissent un via XWayland)</translation>
    </message>
    <message>
        <source>outputs did not start within %1 s</source>
        <translation>les sorties n’ont pas démarré dans le délai de %1 s</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source> (cannot open “%1”)</source>
        <translation> (impossible d’ouvrir « %1 »)</translation>
    </message>
    <message>
        <source>never connected (last: %1)</source>
        <translation>jamais connecté (dernier état : %1)</translation>
    </message>
    <message>
        <source>--chat-log needs at least one --chat</source>
        <translation>--chat-log nécessite au moins un --chat</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>cannot write the chat log %1: the folder %2 does not exist</source>
        <translation>impossible d&apos;écrire le journal du chat %1 : le dossier %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>chat %1: %2</source>
        <translation>chat %1 : %2</translation>
    </message>
    <message>
        <source>%1 (skipped)</source>
        <translation>%1 (ignorée)</translation>
    </message>
    <message>
        <source>no key for %1 in a headless run</source>
        <translation>aucune clé pour %1 dans une exécution sans fenêtre</translation>
    </message>
    <message>
        <source>recording: %1</source>
        <translation>enregistrement : %1</translation>
    </message>
    <message>
        <source>outputs did not stop within %1 s; stopping them forcibly</source>
        <translation>les sorties ne se sont pas arrêtées en %1 s ; arrêt forcé</translation>
    </message>
    <message>
        <source>stream %1</source>
        <translation>flux %1</translation>
    </message>
    <message>
        <source>%1: %2 — reconnecting (try %3)</source>
        <translation>%1 : %2 — reconnexion (essai %3)</translation>
    </message>
    <message>
        <source>%1: back on air (reconnection %2)</source>
        <translation>%1 : de retour à l’antenne (reconnexion %2)</translation>
    </message>
    <message>
        <source>vertical recording: %1</source>
        <translation>enregistrement vertical : %1</translation>
    </message>
    <message>
        <source>--stream-service: OBS Studio&apos;s list of services (%1) has no service named “%2”</source>
        <translation>--stream-service : la liste des services d&apos;OBS Studio (%1) n&apos;a aucun service nommé « %2 »</translation>
    </message>
    <message>
        <source>cannot write the claims %1: the folder %2 does not exist</source>
        <translation>impossible d’écrire les réservations %1 : le dossier %2 n’existe pas</translation>
    </message>
    <message>
        <source>replay: the recording is an MP4 already; record to .mkv for a replay with chapters</source>
        <translation>replay : l’enregistrement est déjà un MP4 ; enregistrez en .mkv pour un replay à chapitres</translation>
    </message>
    <message>
        <source>--remote-port: %1</source>
        <translation>--remote-port : %1</translation>
    </message>
    <message>
        <source>remote: serving %1</source>
        <translation>régie à distance : servie sur %1</translation>
    </message>
</context>
<context>
    <name>vitrine::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Vitrine Studio</source>
        <translation>À &amp;propos de Vitrine Studio</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
    <message>
        <source>The user guide (README.md) is not installed with this copy of the studio.</source>
        <translation>Le guide d’utilisation (README.md) n’est pas installé avec cette copie du studio.</translation>
    </message>
    <message>
        <source>Vitrine Studio — User guide</source>
        <translation>Vitrine Studio — Guide d’utilisation</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>About Vitrine Studio</source>
        <translation>À propos de Vitrine Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Vitrine Studio %1&lt;/h3&gt;&lt;p&gt;A studio for live shopping shows: camera scenes, product cards, promo codes, one merged chat and streams to every platform.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vitrine Studio %1&lt;/h3&gt;&lt;p&gt;Un studio pour les lives shopping : scènes caméra, fiches produit, codes promo, un seul chat pour toutes les plateformes et la diffusion partout à la fois.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Running on:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Fonctionne avec :&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>vitrine::ImportSummary</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>No product could be read from %1 (%2).</source>
        <translation>Aucun produit n&apos;a pu être lu depuis %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) read from %1</source>
        <translation>
            <numerusform>%n produit lu depuis %1</numerusform>
            <numerusform>%n produits lus depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged</source>
        <translation>%1 nouveau(x), %2 mis à jour, %3 inchangé(s)</translation>
    </message>
    <message>
        <source>Reading stopped early: only the products before the error were read.</source>
        <translation>Lecture interrompue : seuls les produits situés avant l&apos;erreur ont été lus.</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Nouveau : %1</translation>
    </message>
    <message>
        <source>Not in the file (kept): %1</source>
        <translation>Absent du fichier (conservé) : %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Check: %1 has the same title as %2</source>
        <translation>À vérifier : %1 a le même titre que %2</translation>
    </message>
    <message>
        <source>Check: %1 looks like %2 (SKUs one letter apart)</source>
        <translation>À vérifier : %1 ressemble à %2 (références à une lettre près)</translation>
    </message>
    <message numerus="yes">
        <source>%n look(s) like a product already there</source>
        <translation>
            <numerusform>%n ressemble à un produit déjà présent</numerusform>
            <numerusform>%n ressemblent à des produits déjà présents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the show but not in the file (kept)</source>
        <translation>
            <numerusform>%n dans l’émission mais pas dans le fichier (conservé)</numerusform>
            <numerusform>%n dans l’émission mais pas dans le fichier (conservés)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::IrcMessage</name>
    <message>
        <source>an IRC line holds a control character where none may be</source>
        <translation>une ligne IRC contient un caractère de contrôle là où aucun n&apos;est autorisé</translation>
    </message>
    <message>
        <source>an IRC line has no command</source>
        <translation>une ligne IRC n&apos;a pas de commande</translation>
    </message>
    <message numerus="yes">
        <source>%n bits</source>
        <translation>
            <numerusform>%n bit</numerusform>
            <numerusform>%n bits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::KeyStore</name>
    <message>
        <source>access to the keychain was refused</source>
        <translation>l&apos;accès au trousseau de clés a été refusé</translation>
    </message>
    <message>
        <source>no keychain is available (is a Secret Service such as GNOME Keyring or KWallet running?)</source>
        <translation>aucun trousseau de clés n&apos;est disponible (un Secret Service tel que GNOME Keyring ou KWallet est-il lancé ?)</translation>
    </message>
    <message>
        <source>the keychain failed: %1</source>
        <translation>échec du trousseau de clés : %1</translation>
    </message>
    <message>
        <source>no stream key is stored in the system keychain</source>
        <translation>aucune clé de stream n’est enregistrée dans le trousseau du système</translation>
    </message>
</context>
<context>
    <name>vitrine::LiveDashboardDock</name>
    <message>
        <source>Minutes since the start</source>
        <translation>Minutes depuis le début</translation>
    </message>
    <message>
        <source>Live dashboard</source>
        <translation>Tableau de bord du live</translation>
    </message>
    <message>
        <source>Chat messages per minute</source>
        <translation>Messages de chat par minute</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Concurrent viewers</source>
        <translation>Spectateurs simultanés</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Spectateurs</translation>
    </message>
    <message>
        <source>Peak audience:</source>
        <translation>Pic d’audience :</translation>
    </message>
    <message>
        <source>Average audience:</source>
        <translation>Audience moyenne :</translation>
    </message>
    <message>
        <source>Promo window:</source>
        <translation>Fenêtre de la promo :</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Buy intent</source>
        <translation>Intentions d’achat</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Time on product</source>
        <translation>Temps sur le produit</translation>
    </message>
    <message>
        <source>%1 viewers</source>
        <translation>%1 spectateurs</translation>
    </message>
    <message>
        <source>no count yet</source>
        <translation>pas encore de compte</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, depuis %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>vitrine::LiveShortcuts</name>
    <message>
        <source>Pin the selected product</source>
        <translation>Épingler le produit sélectionné</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <source>Next segment</source>
        <translation>Segment suivant</translation>
    </message>
    <message>
        <source>Start/stop the promo code</source>
        <translation>Lancer/arrêter le code promo</translation>
    </message>
    <message>
        <source>Start/stop live</source>
        <translation>Lancer/arrêter le live</translation>
    </message>
    <message>
        <source>Start/stop recording</source>
        <translation>Lancer/arrêter l’enregistrement</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Question suivante</translation>
    </message>
</context>
<context>
    <name>vitrine::LiveShow</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Stock feed unreachable, keeping the last known stock: %1</source>
        <translation>Flux de stock injoignable, le dernier stock connu est conservé : %1</translation>
    </message>
    <message>
        <source>Stock feed reachable again.</source>
        <translation>Le flux de stock répond de nouveau.</translation>
    </message>
    <message>
        <source>no scene “%1” in the show</source>
        <translation>aucune scène « %1 » dans l&apos;émission</translation>
    </message>
    <message>
        <source>cannot put “%1” on air now</source>
        <translation>impossible de mettre « %1 » à l&apos;antenne maintenant</translation>
    </message>
    <message>
        <source>Video settings cannot change during a live or a recording.</source>
        <translation>Les réglages vidéo ne peuvent pas changer pendant un live ou un enregistrement.</translation>
    </message>
    <message>
        <source>invalid canvas %1×%2 at %3 fps</source>
        <translation>canevas invalide %1×%2 à %3 i/s</translation>
    </message>
    <message>
        <source>The vertical canvas could not be turned on: %1</source>
        <translation>Le canevas vertical n’a pas pu être activé : %1</translation>
    </message>
    <message>
        <source>The vertical canvas cannot be turned on during a live or a recording.</source>
        <translation>Le canevas vertical ne peut pas être activé pendant un direct ou un enregistrement.</translation>
    </message>
</context>
<context>
    <name>vitrine::LiveState</name>
    <message>
        <source>No product has the SKU “%1”.</source>
        <translation>Aucun produit n’a la référence « %1 ».</translation>
    </message>
    <message>
        <source>“%1” is sold out: a flash sale cannot sell it.</source>
        <translation>« %1 » est épuisé : une vente flash ne peut pas le vendre.</translation>
    </message>
    <message>
        <source>The flash sale needs a price above zero.</source>
        <translation>La vente flash demande un prix supérieur à zéro.</translation>
    </message>
    <message>
        <source>The flash sale needs a quantity of at least 1.</source>
        <translation>La vente flash demande une quantité d’au moins 1.</translation>
    </message>
    <message>
        <source>A flash sale starts in %1 to %2 seconds.</source>
        <translation>Une vente flash commence dans %1 à %2 secondes.</translation>
    </message>
    <message>
        <source>A flash sale lasts 1 to 60 minutes.</source>
        <translation>Une vente flash dure de 1 à 60 minutes.</translation>
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
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Cannot open the show</source>
        <translation>Impossible d’ouvrir l’émission</translation>
    </message>
    <message>
        <source>%1 — Vitrine Studio</source>
        <translation>%1 — Vitrine Studio</translation>
    </message>
    <message>
        <source>Render %1 ms · lagged %2 of %3 frames</source>
        <translation>Rendu %1 ms · images en retard : %2 sur %3</translation>
    </message>
    <message>
        <source>Import catalogue…</source>
        <translation>Importer un catalogue…</translation>
    </message>
    <message>
        <source>Import products from a CSV, a Shopify products.json or a Google Merchant feed</source>
        <translation>Importer des produits depuis un CSV, un products.json Shopify ou un flux Google Merchant</translation>
    </message>
    <message numerus="yes">
        <source>Catalogue imported: %n products</source>
        <translation>
            <numerusform>Catalogue importé : %n produit</numerusform>
            <numerusform>Catalogue importé : %n produits</numerusform>
        </translation>
    </message>
    <message>
        <source>Camera of “%1” unplugged: plug it back in or pick another one in its properties.</source>
        <translation>Caméra de “%1” débranchée : rebranchez-la ou choisissez-en une autre dans ses propriétés.</translation>
    </message>
    <message>
        <source>Camera of “%1” is back.</source>
        <translation>La caméra de “%1” est de retour.</translation>
    </message>
    <message>
        <source>%1 (skipped)</source>
        <translation>%1 (ignorée)</translation>
    </message>
</context>
<context>
    <name>vitrine::MerchantFeedImporter</name>
    <message>
        <source>cannot read the feed %1: %2</source>
        <translation>impossible de lire le flux %1 : %2</translation>
    </message>
    <message>
        <source>cannot open the feed %1: %2</source>
        <translation>impossible d’ouvrir le flux %1 : %2</translation>
    </message>
    <message>
        <source>cannot fetch the feed &quot;%1&quot;: only http, https and file URLs are read</source>
        <translation>impossible de récupérer le flux « %1 » : seules les URL http, https et file sont prises en charge</translation>
    </message>
    <message>
        <source>cannot fetch the feed from %1: the server answered HTTP %2 %3</source>
        <translation>impossible de récupérer le flux depuis %1 : le serveur a répondu HTTP %2 %3</translation>
    </message>
    <message>
        <source>cannot fetch the feed from %1: no data for %2 s (%3)</source>
        <translation>impossible de récupérer le flux depuis %1 : aucune donnée reçue pendant %2 s (%3)</translation>
    </message>
    <message>
        <source>cannot fetch the feed from %1: %2</source>
        <translation>impossible de récupérer le flux depuis %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>; the transfer stopped after %n product(s), which are kept</source>
        <translation>
            <numerusform> ; le transfert s’est interrompu, les produits déjà reçus (%n) sont conservés</numerusform>
            <numerusform> ; le transfert s’est interrompu, les produits déjà reçus (%n) sont conservés</numerusform>
        </translation>
    </message>
    <message>
        <source>the feed is empty or holds no XML element</source>
        <translation>le flux est vide ou ne contient aucun élément XML</translation>
    </message>
    <message numerus="yes">
        <source>the feed ends before its XML is complete (a truncated file or an interrupted transfer) at line %1; the %n product(s) read before are kept</source>
        <translation>
            <numerusform>le flux se termine avant la fin de son XML (fichier tronqué ou transfert interrompu) à la ligne %1 ; les produits déjà lus (%n) sont conservés</numerusform>
            <numerusform>le flux se termine avant la fin de son XML (fichier tronqué ou transfert interrompu) à la ligne %1 ; les produits déjà lus (%n) sont conservés</numerusform>
        </translation>
    </message>
    <message>
        <source>the feed ends inside a UTF-8 character</source>
        <translation>le flux se termine au milieu d’un caractère UTF-8</translation>
    </message>
    <message numerus="yes">
        <source>invalid UTF-8 at line %1 (byte 0x%2): the feed is declared UTF-8 or declares no encoding, which means UTF-8; import stopped there, the %n product(s) read before are kept</source>
        <translation>
            <numerusform>UTF-8 invalide à la ligne %1 (octet 0x%2) : le flux est déclaré en UTF-8 ou ne déclare aucun encodage, ce qui signifie UTF-8 ; import arrêté à cet endroit, les produits déjà lus (%n) sont conservés</numerusform>
            <numerusform>UTF-8 invalide à la ligne %1 (octet 0x%2) : le flux est déclaré en UTF-8 ou ne déclare aucun encodage, ce qui signifie UTF-8 ; import arrêté à cet endroit, les produits déjà lus (%n) sont conservés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the feed is not well-formed XML: %1 (line %2, column %3); import stopped there, the %n product(s) read before are kept</source>
        <translation>
            <numerusform>le flux n’est pas un XML bien formé : %1 (ligne %2, colonne %3) ; import arrêté à cet endroit, les produits déjà lus (%n) sont conservés</numerusform>
            <numerusform>le flux n’est pas un XML bien formé : %1 (ligne %2, colonne %3) ; import arrêté à cet endroit, les produits déjà lus (%n) sont conservés</numerusform>
        </translation>
    </message>
    <message>
        <source>not a Google Merchant feed: the document is &lt;%1&gt;, neither RSS 2.0 &lt;rss&gt; nor Atom &lt;feed&gt;</source>
        <translation>ce n’est pas un flux Google Merchant : le document est &lt;%1&gt;, ni &lt;rss&gt; RSS 2.0 ni &lt;feed&gt; Atom</translation>
    </message>
    <message>
        <source>longer than %1 characters; the rest is ignored</source>
        <translation>plus de %1 caractères ; le reste est ignoré</translation>
    </message>
    <message>
        <source>an item without an id is skipped</source>
        <translation>un article sans id est ignoré</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (first at line %2); this item is skipped</source>
        <translation>id « %1 » en double (première occurrence à la ligne %2) ; cet article est ignoré</translation>
    </message>
    <message>
        <source>item &quot;%1&quot; has no price; it is skipped</source>
        <translation>l’article « %1 » n’a pas de prix ; il est ignoré</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price (expected an amount and a currency such as &quot;89.99 EUR&quot;); item &quot;%2&quot; is skipped</source>
        <translation>« %1 » n’est pas un prix (format attendu : un montant et une devise, p. ex. « 89.99 EUR ») ; l’article « %2 » est ignoré</translation>
    </message>
    <message>
        <source>unknown availability &quot;%1&quot; (expected in_stock, out_of_stock, preorder or backorder); item &quot;%2&quot; is taken as out of stock</source>
        <translation>disponibilité « %1 » inconnue (valeurs attendues : in_stock, out_of_stock, preorder ou backorder) ; l’article « %2 » est considéré comme épuisé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity; the stock of item &quot;%2&quot; is unknown</source>
        <translation>« %1 » n’est pas une quantité ; le stock de l’article « %2 » est inconnu</translation>
    </message>
    <message>
        <source>item &quot;%1&quot; has no title; its id is used instead</source>
        <translation>l’article « %1 » n’a pas de titre ; son id est utilisé à la place</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is also the item_group_id of other items; this item is skipped</source>
        <translation>l’id « %1 » est aussi l’item_group_id d’autres articles ; cet article est ignoré</translation>
    </message>
    <message>
        <source>group &quot;%1&quot; is also the id of another item; item &quot;%2&quot; is skipped</source>
        <translation>le groupe « %1 » est aussi l’id d’un autre article ; l’article « %2 » est ignoré</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price; the sale price is ignored</source>
        <translation>« %1 » n’est pas un prix ; le prix promotionnel est ignoré</translation>
    </message>
    <message>
        <source>the sale price is in %1 but the price in %2; the sale price is ignored</source>
        <translation>le prix promotionnel est en %1 mais le prix en %2 ; le prix promotionnel est ignoré</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date range (expected start/end in ISO 8601, such as 2026-11-20T00:00+01:00/2026-11-30T23:59+01:00); the sale price is ignored</source>
        <translation>« %1 » n’est pas une période valide (format attendu : début/fin en ISO 8601, p. ex. 2026-11-20T00:00+01:00/2026-11-30T23:59+01:00) ; le prix promotionnel est ignoré</translation>
    </message>
</context>
<context>
    <name>vitrine::MixerDock</name>
    <message>
        <source>Audio mixer</source>
        <translation>Mélangeur audio</translation>
    </message>
    <message>
        <source>No source makes sound in this show.</source>
        <translation>Aucune source de cette émission ne produit de son.</translation>
    </message>
</context>
<context>
    <name>vitrine::MixerStrip</name>
    <message>
        <source>Mute %1</source>
        <translation>Couper le son de %1</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <source>Gain of %1 (dB)</source>
        <translation>Gain de %1 (dB)</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Gain</translation>
    </message>
    <message>
        <source>Monitor off</source>
        <translation>Monitoring désactivé</translation>
    </message>
    <message>
        <source>Monitor only (mute output)</source>
        <translation>Monitoring uniquement (sortie muette)</translation>
    </message>
    <message>
        <source>Monitor and output</source>
        <translation>Monitoring et sortie</translation>
    </message>
    <message>
        <source>Hear this source in your headphones</source>
        <translation>Écouter cette source dans votre casque</translation>
    </message>
    <message>
        <source>Unmute %1</source>
        <translation>Rétablir le son de %1</translation>
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
        <translation>La connexion à %1 n&apos;est pas configurée : le paramètre oauth/%1/%2 est absent.</translation>
    </message>
</context>
<context>
    <name>vitrine::OAuthSignIn</name>
    <message>
        <source>the code was refused</source>
        <translation>le code a été refusé</translation>
    </message>
    <message>
        <source>Cannot open a local port for the %1 sign-in to come back to.</source>
        <translation>Impossible d&apos;ouvrir un port local pour le retour de la connexion %1.</translation>
    </message>
    <message>
        <source>the server refused the request</source>
        <translation>le serveur a refusé la requête</translation>
    </message>
    <message>
        <source>Sign-in to %1 failed (%2). Try again.</source>
        <translation>La connexion à %1 a échoué (%2). Réessayez.</translation>
    </message>
    <message>
        <source>The %1 sign-in has expired; sign in again.</source>
        <translation>La connexion %1 a expiré ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>%1 refused the saved sign-in (%2); sign in again.</source>
        <translation>%1 a refusé la connexion enregistrée (%2) ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>Could not renew the %1 sign-in: %2. The chat keeps trying; sign in again if it persists.</source>
        <translation>Impossible de renouveler la connexion %1 : %2. Le chat continue d&apos;essayer ; reconnectez-vous si le problème persiste.</translation>
    </message>
</context>
<context>
    <name>vitrine::OutputController</name>
    <message>
        <source>Stream to %1</source>
        <translation>Diffusion vers %1</translation>
    </message>
    <message>
        <source>Recording to %1</source>
        <translation>Enregistrement dans %1</translation>
    </message>
    <message>
        <source>%1: libobs could not create the output</source>
        <translation>%1 : libobs n’a pas pu créer la sortie</translation>
    </message>
    <message>
        <source>%1 could not start: %2</source>
        <translation>%1 n’a pas pu démarrer : %2</translation>
    </message>
    <message>
        <source>check the address and the encoders</source>
        <translation>vérifiez l’adresse et les encodeurs</translation>
    </message>
    <message>
        <source>invalid address or path</source>
        <translation>adresse ou chemin invalide</translation>
    </message>
    <message>
        <source>could not connect to the server</source>
        <translation>connexion au serveur impossible</translation>
    </message>
    <message>
        <source>the server refused the stream key or application</source>
        <translation>le serveur a refusé la clé de stream ou l’application</translation>
    </message>
    <message>
        <source>the connection to the server was lost</source>
        <translation>la connexion au serveur a été perdue</translation>
    </message>
    <message>
        <source>the format is not supported by the output</source>
        <translation>le format n’est pas pris en charge par la sortie</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>an encoder failed</source>
        <translation>un encodeur a échoué</translation>
    </message>
    <message>
        <source>the output failed</source>
        <translation>la sortie a échoué</translation>
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
        <translation>VENTE FLASH</translation>
    </message>
    <message>
        <source>%1 instead of %2 — starts in</source>
        <translation>%1 au lieu de %2 — début dans</translation>
    </message>
    <message numerus="yes">
        <source>%n left at this price</source>
        <translation>
            <numerusform>Plus que %n à ce prix</numerusform>
            <numerusform>Plus que %n à ce prix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sold in %1 min</source>
        <translation>
            <numerusform>%n vendu en %1 min</numerusform>
            <numerusform>%n vendus en %1 min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people want it</source>
        <translation>
            <numerusform>%n personne le veut</numerusform>
            <numerusform>%n personnes le veulent</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting soon</source>
        <translation>Ça commence bientôt</translation>
    </message>
    <message>
        <source>Thanks for watching!</source>
        <translation>Merci d’avoir regardé !</translation>
    </message>
    <message>
        <source>Replay: %1</source>
        <translation>Replay : %1</translation>
    </message>
    <message>
        <source>“%1” on flash sale in %2.</source>
        <translation>« %1 » en vente flash dans %2.</translation>
    </message>
    <message>
        <source>“%1” on flash sale: %2 left at this price, %3 to go.</source>
        <translation>« %1 » en vente flash : plus que %2 à ce prix, encore %3.</translation>
    </message>
    <message>
        <source>%1 %2 · %3%</source>
        <translation>%1 %2 · %3 %</translation>
    </message>
    <message>
        <source>POLL</source>
        <translation>SONDAGE</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RÉSULTAT</translation>
    </message>
    <message numerus="yes">
        <source>%n votes</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message>
        <source>GIVEAWAY</source>
        <translation>JEU-CONCOURS</translation>
    </message>
    <message>
        <source>Write %1 to enter</source>
        <translation>Écrivez %1 pour participer</translation>
    </message>
    <message numerus="yes">
        <source>%n entries so far, from every chat</source>
        <translation>
            <numerusform>%n participation pour l&apos;instant, tous chats confondus</numerusform>
            <numerusform>%n participations pour l&apos;instant, tous chats confondus</numerusform>
        </translation>
    </message>
    <message>
        <source>Winner: %1</source>
        <translation>Gagnant : %1</translation>
    </message>
    <message numerus="yes">
        <source>Drawn from %n entries</source>
        <translation>
            <numerusform>Tiré parmi %n participation</numerusform>
            <numerusform>Tiré parmi %n participations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::OverlayKind</name>
    <message>
        <source>Product card</source>
        <translation>Fiche produit</translation>
    </message>
    <message>
        <source>Promo banner</source>
        <translation>Bannière promo</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>Vente flash</translation>
    </message>
    <message>
        <source>Social proof ticker</source>
        <translation>Bandeau de preuve sociale</translation>
    </message>
    <message>
        <source>Lower third</source>
        <translation>Synthé (tiers inférieur)</translation>
    </message>
    <message>
        <source>Chat highlight</source>
        <translation>Commentaire à l’écran</translation>
    </message>
    <message>
        <source>Starting soon</source>
        <translation>Ça commence bientôt</translation>
    </message>
    <message>
        <source>End card</source>
        <translation>Carton de fin</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>Sondage</translation>
    </message>
    <message>
        <source>Giveaway</source>
        <translation>Jeu-concours</translation>
    </message>
</context>
<context>
    <name>vitrine::OverlayPreview</name>
    <message>
        <source>the show has no product</source>
        <translation>l’émission n’a aucun produit</translation>
    </message>
    <message>
        <source>the show has no product with SKU “%1”</source>
        <translation>l’émission n’a aucun produit de SKU « %1 »</translation>
    </message>
    <message>
        <source>the show has no promo code</source>
        <translation>l’émission n’a aucun code promo</translation>
    </message>
    <message>
        <source>the show has no promo code “%1”</source>
        <translation>l’émission n’a pas de code promo « %1 »</translation>
    </message>
    <message>
        <source>unknown platform “%1”</source>
        <translation>plateforme inconnue « %1 »</translation>
    </message>
</context>
<context>
    <name>vitrine::OverlayRenderCommand</name>
    <message>
        <source>Renders one on-air overlay, where the show&apos;s theme places it, on a transparent canvas, as a PNG with alpha (a designer&apos;s preview: the state is built from the show and the options below).</source>
        <translation>Dessine un habillage à l’antenne, là où le thème de l’émission le place, sur un canevas transparent, en PNG avec alpha (un aperçu de graphiste : l’état est construit à partir de l’émission et des options ci-dessous).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>The overlay: %1.</source>
        <translation>L’habillage : %1.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>card, flash: the product (default: the first of the catalogue).</source>
        <translation>card, flash : le produit (par défaut : le premier du catalogue).</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>promo: the promo code, just started (default: the show&apos;s first).</source>
        <translation>promo : le code promo, tout juste lancé (par défaut : le premier de l’émission).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The canvas size (default: the show&apos;s), e.g. 1080x1920.</source>
        <translation>La taille du canevas (par défaut : celle de l’émission), p. ex. 1080x1920.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>LxH</translation>
    </message>
    <message>
        <source>A theme file (default: the show&apos;s theme); a broken one gives the default.</source>
        <translation>Un fichier de thème (par défaut : le thème de l’émission) ; un fichier cassé donne le thème par défaut.</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>FICHIER.json</translation>
    </message>
    <message>
        <source>&quot;Now&quot;, as an ISO 8601 UTC time, so renders are reproducible (default: the current time; starting-soon: 10 minutes before the show&apos;s scheduled start).</source>
        <translation>« Maintenant », en heure UTC ISO 8601, pour des rendus reproductibles (par défaut : l’heure actuelle ; starting-soon : 10 minutes avant le début prévu de l’émission).</translation>
    </message>
    <message>
        <source>ISO-UTC</source>
        <translation>ISO-UTC</translation>
    </message>
    <message>
        <source>The PNG to write.</source>
        <translation>Le PNG à écrire.</translation>
    </message>
    <message>
        <source>FILE.png</source>
        <translation>FICHIER.png</translation>
    </message>
    <message>
        <source>flash: the sale price (default: 20 % off the product&apos;s price).</source>
        <translation>flash : le prix de vente (par défaut : 20 % de moins que le prix du produit).</translation>
    </message>
    <message>
        <source>PRICE</source>
        <translation>PRIX</translation>
    </message>
    <message>
        <source>flash: how many at the sale price (default 50).</source>
        <translation>flash : combien au prix de vente (50 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>flash: seconds to the sale&apos;s start, to render its countdown (default: running, 5:00 left).</source>
        <translation>flash : secondes avant le début de la vente, pour dessiner son compte à rebours (par défaut : en cours, 5:00 restantes).</translation>
    </message>
    <message>
        <source>ticker: units sold in 5 minutes, a preview number (default 27).</source>
        <translation>ticker : unités vendues en 5 minutes, un nombre d’aperçu (27 par défaut).</translation>
    </message>
    <message>
        <source>ticker: people who want it, a preview number (default 12).</source>
        <translation>ticker : personnes qui le veulent, un nombre d’aperçu (12 par défaut).</translation>
    </message>
    <message>
        <source>highlight: the chat&apos;s platform (default twitch).</source>
        <translation>highlight : la plateforme du chat (twitch par défaut).</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATEFORME</translation>
    </message>
    <message>
        <source>highlight: who wrote the message.</source>
        <translation>highlight : qui a écrit le message.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>highlight: the message.</source>
        <translation>highlight : le message.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>Le verbe.</translation>
    </message>
    <message>
        <source>The show file.</source>
        <translation>Le fichier d’émission.</translation>
    </message>
    <message>
        <source>usage: vitrine overlay render SHOW --kind KIND [--sku SKU] [--canvas WxH] [--theme FILE.json] [--at ISO-UTC] --out FILE.png</source>
        <translation>usage : vitrine overlay render ÉMISSION --kind TYPE [--sku SKU] [--canvas LxH] [--theme FICHIER.json] [--at ISO-UTC] --out FICHIER.png</translation>
    </message>
    <message>
        <source>unknown overlay kind “%1” (one of %2)</source>
        <translation>type d’habillage inconnu « %1 » (l’un de %2)</translation>
    </message>
    <message>
        <source>--at needs an ISO 8601 time such as 2026-11-26T17:50:00Z, not “%1”</source>
        <translation>--at demande une heure ISO 8601 telle que 2026-11-26T17:50:00Z, pas « %1 »</translation>
    </message>
    <message>
        <source>--price needs an amount such as 59.90, not “%1”</source>
        <translation>--price demande un montant tel que 59.90, pas « %1 »</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from 0 to 1000000, not “%2”</source>
        <translation>--%1 demande un nombre entier de 0 à 1000000, pas « %2 »</translation>
    </message>
    <message>
        <source>--starts-in needs a number of seconds from 0 to 86400, not “%1”</source>
        <translation>--starts-in demande un nombre de secondes de 0 à 86400, pas « %1 »</translation>
    </message>
    <message>
        <source>cannot read the show %1: %2</source>
        <translation>impossible de lire l’émission %1 : %2</translation>
    </message>
    <message>
        <source>--canvas needs WIDTHxHEIGHT from 16 to 8192 pixels, such as 1080x1920, not “%1”</source>
        <translation>--canvas demande LARGEURxHAUTEUR de 16 à 8192 pixels, tel que 1080x1920, pas « %1 »</translation>
    </message>
    <message>
        <source>the %1 has nothing to show for this show (%2)</source>
        <translation>l’habillage %1 n’a rien à montrer pour cette émission (%2)</translation>
    </message>
    <message>
        <source>it has no host</source>
        <translation>elle n’a pas d’animateur</translation>
    </message>
    <message>
        <source>nothing in the preview state</source>
        <translation>rien dans l’état d’aperçu</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 at %3,%4 (%5×%6) on a %7×%8 canvas</source>
        <translation>%1 : %2 en %3,%4 (%5×%6) sur un canevas de %7×%8</translation>
    </message>
</context>
<context>
    <name>vitrine::OverlayTheme</name>
    <message>
        <source>Overlay theme: unknown base theme “%1”, using “studio”.</source>
        <translation>Thème d’habillage : thème de base « %1 » inconnu, « studio » utilisé.</translation>
    </message>
    <message>
        <source>Overlay theme %1 cannot be read (%2): using the default theme.</source>
        <translation>Le thème d’habillage %1 est illisible (%2) : thème par défaut utilisé.</translation>
    </message>
    <message>
        <source>Overlay theme %1 is not a JSON object (%2): using the default theme.</source>
        <translation>Le thème d’habillage %1 n’est pas un objet JSON (%2) : thème par défaut utilisé.</translation>
    </message>
    <message>
        <source>Overlay theme: colour “%1” is not a colour (#RRGGBB or #AARRGGBB), kept the default.</source>
        <translation>Thème d’habillage : la couleur « %1 » n’en est pas une (#RRGGBB ou #AARRGGBB), valeur par défaut gardée.</translation>
    </message>
    <message>
        <source>Overlay theme: “font” must name a font family, kept the default.</source>
        <translation>Thème d’habillage : « font » doit nommer une famille de polices, valeur par défaut gardée.</translation>
    </message>
    <message>
        <source>Overlay theme: “%1” must be a number from 0 to %2, kept the default.</source>
        <translation>Thème d’habillage : « %1 » doit être un nombre de 0 à %2, valeur par défaut gardée.</translation>
    </message>
    <message>
        <source>Overlay theme: %1 place of “%2” must be [x, y, width, height] as fractions of the canvas, kept the default.</source>
        <translation>Thème d’habillage : la place %1 de « %2 » doit être [x, y, largeur, hauteur] en fractions du canevas, valeur par défaut gardée.</translation>
    </message>
</context>
<context>
    <name>vitrine::OverlaysDock</name>
    <message>
        <source>Overlays</source>
        <translation>Habillage</translation>
    </message>
    <message>
        <source>On the video</source>
        <translation>Sur la vidéo</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thème :</translation>
    </message>
    <message>
        <source>Studio (dark)</source>
        <translation>Studio (sombre)</translation>
    </message>
    <message>
        <source>Boutique (light)</source>
        <translation>Boutique (clair)</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>Vente flash</translation>
    </message>
    <message>
        <source>Sale price, e.g. 19.90</source>
        <translation>Prix soldé, ex. 19,90</translation>
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
        <translation>Produit :</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Prix :</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Quantité :</translation>
    </message>
    <message>
        <source>Starts in:</source>
        <translation>Début dans :</translation>
    </message>
    <message>
        <source>Lasts:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <source>Start flash sale</source>
        <translation>Lancer la vente flash</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Write the sale price as a number, e.g. 19.90.</source>
        <translation>Écrivez le prix soldé en chiffres, ex. 19,90.</translation>
    </message>
    <message>
        <source>● On air</source>
        <translation>● À l’antenne</translation>
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
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>vitrine::PresenterView</name>
    <message>
        <source>Presenter view</source>
        <translation>Vue présentateur</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>From the producer</source>
        <translation>De la régie</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Quitter le plein écran</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Nothing pinned</source>
        <translation>Aucun produit épinglé</translation>
    </message>
    <message>
        <source>SOLD OUT</source>
        <translation>ÉPUISÉ</translation>
    </message>
    <message>
        <source>Only %1 left</source>
        <translation>Plus que %1</translation>
    </message>
    <message>
        <source>%1 in stock</source>
        <translation>%1 en stock</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>%1: sold out</source>
        <translation>%1 : épuisé</translation>
    </message>
    <message>
        <source>%1: %2 left</source>
        <translation>%1 : reste %2</translation>
    </message>
    <message>
        <source>To claim it, viewers write %1 in chat</source>
        <translation>Pour le réserver, écrire %1 dans le chat</translation>
    </message>
    <message>
        <source>No promo running</source>
        <translation>Aucun code promo en cours</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <source>no time limit</source>
        <translation>sans limite de temps</translation>
    </message>
    <message>
        <source>Flash sale of %1 starts in %2</source>
        <translation>Vente flash de %1 dans %2</translation>
    </message>
    <message>
        <source>Flash sale: %1 at %2, %3 left, ends in %4</source>
        <translation>Vente flash : %1 à %2, reste %3, fin dans %4</translation>
    </message>
    <message>
        <source>No run-of-show</source>
        <translation>Pas de conducteur</translation>
    </message>
    <message>
        <source>Run-of-show not started — first: %1</source>
        <translation>Conducteur pas commencé — d’abord : %1</translation>
    </message>
    <message>
        <source>Segment %1/%2: %3</source>
        <translation>Segment %1/%2 : %3</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>reste %1</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 de dépassement</translation>
    </message>
    <message>
        <source>not live</source>
        <translation>pas en direct</translation>
    </message>
    <message>
        <source>%1 behind plan</source>
        <translation>%1 de retard</translation>
    </message>
    <message>
        <source>%1 ahead of plan</source>
        <translation>%1 d’avance</translation>
    </message>
    <message>
        <source>on plan</source>
        <translation>à l’heure</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>No question waiting</source>
        <translation>Aucune question en attente</translation>
    </message>
    <message>
        <source>Next question (%1 waiting)</source>
        <translation>Question suivante (%1 en attente)</translation>
    </message>
    <message>
        <source>Question on air (%1 more waiting)</source>
        <translation>Question à l’antenne (%1 autres en attente)</translation>
    </message>
    <message>
        <source>Question on air</source>
        <translation>Question à l’antenne</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Claims: %1</source>
        <translation>Réservations : %1</translation>
    </message>
    <message>
        <source>in the whole show</source>
        <translation>dans toute l’émission</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 pièces</translation>
    </message>
    <message>
        <source>%1 on the waitlist</source>
        <translation>%1 en liste d’attente</translation>
    </message>
    <message>
        <source>%1 in the whole show</source>
        <translation>%1 dans toute l’émission</translation>
    </message>
    <message>
        <source>No notes</source>
        <translation>Pas de notes</translation>
    </message>
</context>
<context>
    <name>vitrine::ProductCardPainter</name>
    <message>
        <source>Sold out</source>
        <translation>Épuisé</translation>
    </message>
    <message numerus="yes">
        <source>Only %n left!</source>
        <translation>
            <numerusform>Plus que %n !</numerusform>
            <numerusform>Plus que %n !</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment SOLD %1</source>
        <extracomment>What viewers write in chat to claim the product on screen; %1 is its claim code (&quot;A1&quot;).</extracomment>
        <translation>Commentez « je prends %1 »</translation>
    </message>
</context>
<context>
    <name>vitrine::ProductImageCache</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <source>%1: no network</source>
        <translation>%1 : pas de réseau</translation>
    </message>
    <message>
        <source>%1: HTTP %2</source>
        <translation>%1 : HTTP %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: larger than %2 MB</source>
        <translation>%1 : plus de %2 Mo</translation>
    </message>
    <message>
        <source>%1: not an image</source>
        <translation>%1 : pas une image</translation>
    </message>
    <message>
        <source>cannot store %1 in %2: %3</source>
        <translation>impossible de stocker %1 dans %2 : %3</translation>
    </message>
</context>
<context>
    <name>vitrine::ProductListModel</name>
    <message>
        <source>Sold out</source>
        <translation>Épuisé</translation>
    </message>
    <message>
        <source>Stock unknown</source>
        <translation>Stock inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>plus que %n</numerusform>
            <numerusform>plus que %n</numerusform>
        </translation>
    </message>
    <message>
        <source>In stock (%1)</source>
        <translation>En stock (%1)</translation>
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
            <numerusform>%n le veut (%1 dans la dernière minute)</numerusform>
            <numerusform>%n le veulent (%1 dans la dernière minute)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n want it</source>
        <translation>
            <numerusform>%n le veut</numerusform>
            <numerusform>%n le veulent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::ProductsDock</name>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Rechercher des produits</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <source>Promo code</source>
        <translation>Code promo</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Épuisé</translation>
    </message>
    <message>
        <source>“%1” is sold out. Promoting it on air will frustrate viewers. Pin it anyway?</source>
        <translation>« %1 » est épuisé. Le mettre en avant à l’antenne va frustrer les spectateurs. L’épingler quand même ?</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>Live stock</source>
        <translation>Stock en direct</translation>
    </message>
    <message>
        <source>https://shop.example/feed.xml</source>
        <translation>https://shop.example/feed.xml</translation>
    </message>
    <message>
        <source>The shop&apos;s Merchant feed, products.json or CSV address, re-read during the live</source>
        <translation>Adresse du flux Merchant, du products.json ou du CSV de la boutique, relue pendant le live</translation>
    </message>
    <message>
        <source>Refresh every</source>
        <translation>Actualiser toutes les</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Prepare offline</source>
        <translation>Préparer hors ligne</translation>
    </message>
    <message>
        <source>Download every product image now, so the show runs without network</source>
        <translation>Télécharger maintenant toutes les images de produits, pour que l&apos;émission fonctionne sans réseau</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Flux</translation>
    </message>
    <message numerus="yes">
        <source>Stock updated at %1 (%n change(s))</source>
        <translation>
            <numerusform>Stock mis à jour à %1 (%n modification)</numerusform>
            <numerusform>Stock mis à jour à %1 (%n modifications)</numerusform>
        </translation>
    </message>
    <message>
        <source>Feed unreachable, last stock kept: %1</source>
        <translation>Flux injoignable, dernier stock conservé : %1</translation>
    </message>
    <message>
        <source>Feed reachable again</source>
        <translation>Flux de nouveau joignable</translation>
    </message>
    <message>
        <source>Preparing… %1/%2</source>
        <translation>Préparation… %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) ready offline</source>
        <translation>
            <numerusform>%n image prête hors ligne</numerusform>
            <numerusform>%n images prêtes hors ligne</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 image(s) ready offline, %2 could not be fetched (placeholders shown)</source>
        <translation>%1 image(s) prête(s) hors ligne, %2 n&apos;ont pas pu être récupérée(s) (images de remplacement affichées)</translation>
    </message>
    <message>
        <source>The pinned product “%1” is now sold out</source>
        <translation>Le produit épinglé “%1” est désormais épuisé</translation>
    </message>
    <message>
        <source>“%1” is now sold out</source>
        <translation>“%1” est désormais épuisé</translation>
    </message>
    <message>
        <source>“%1” is running low</source>
        <translation>Le stock de “%1” est bas</translation>
    </message>
    <message>
        <source>“%1” is back in stock</source>
        <translation>“%1” est de nouveau en stock</translation>
    </message>
    <message>
        <source>Copy link for</source>
        <translation>Copier le lien pour</translation>
    </message>
    <message>
        <source>Without tracking</source>
        <translation>Sans suivi</translation>
    </message>
    <message>
        <source>Claim code…</source>
        <translation>Code de réservation…</translation>
    </message>
    <message>
        <source>What viewers write in chat to claim this product</source>
        <translation>Ce que les spectateurs écrivent dans le chat pour réserver ce produit</translation>
    </message>
    <message>
        <source>A claim code cannot be empty.</source>
        <translation>Un code de réservation ne peut pas être vide.</translation>
    </message>
    <message>
        <source>“%1” is too long: a claim code has at most 4 characters.</source>
        <translation>« %1 » est trop long : un code de réservation a au plus 4 caractères.</translation>
    </message>
    <message>
        <source>“%1” has a character other than a letter (A–Z) or a digit: viewers must be able to type it in any chat.</source>
        <translation>« %1 » contient un caractère autre qu’une lettre (A–Z) ou un chiffre : les spectateurs doivent pouvoir le taper dans n’importe quel chat.</translation>
    </message>
    <message>
        <source>“%1” has no letter: in chat a bare number is a quantity, so a claim code needs at least one letter.</source>
        <translation>« %1 » n’a pas de lettre : dans le chat, un nombre seul est une quantité, donc un code de réservation a au moins une lettre.</translation>
    </message>
    <message>
        <source>“%1” is already the claim code of “%2”: each product of the show needs its own code.</source>
        <translation>« %1 » est déjà le code de réservation de « %2 » : chaque produit de l’émission a besoin de son propre code.</translation>
    </message>
    <message>
        <source>Claim code</source>
        <translation>Code de réservation</translation>
    </message>
    <message>
        <source>Claim code of “%1”, written by viewers in chat to claim it (1 to 4 letters and digits, at least one letter):</source>
        <translation>Code de réservation de « %1 », que les spectateurs écrivent dans le chat pour le réserver (1 à 4 lettres et chiffres, au moins une lettre) :</translation>
    </message>
    <message>
        <source>Claim code refused</source>
        <translation>Code de réservation refusé</translation>
    </message>
    <message>
        <source>ON AIR</source>
        <translation>À L’ANTENNE</translation>
    </message>
    <message>
        <source>Nothing pinned</source>
        <translation>Rien d’épinglé</translation>
    </message>
    <message>
        <source>Pin a product to show it on air</source>
        <translation>Épinglez un produit pour le montrer à l’antenne</translation>
    </message>
    <message>
        <source>On air: %1 — just now</source>
        <translation>À l’antenne : %1 — à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>On air: %1 — since %n min</source>
        <translation>
            <numerusform>À l’antenne : %1 — depuis %n min</numerusform>
            <numerusform>À l’antenne : %1 — depuis %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>No run of show</source>
        <translation>Pas de conducteur</translation>
    </message>
    <message>
        <source>Not started: Next starts “%1”</source>
        <translation>Pas commencé : Suivant lance « %1 »</translation>
    </message>
    <message>
        <source>Segment %1/%2: %3</source>
        <translation>Séquence %1/%2 : %3</translation>
    </message>
    <message>
        <source>%1 — %2 left</source>
        <translation>%1 — reste %2</translation>
    </message>
    <message>
        <source>%1 — %2 over</source>
        <translation>%1 — %2 de dépassement</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show the selected product on air</source>
        <translation>Mettre le produit sélectionné à l’antenne</translation>
    </message>
    <message>
        <source>Start the next segment and pin its product</source>
        <translation>Lancer la séquence suivante et épingler son produit</translation>
    </message>
</context>
<context>
    <name>vitrine::ProgramSwitcher</name>
    <message>
        <source>Cut</source>
        <translation>Coupure</translation>
    </message>
    <message>
        <source>Fade</source>
        <translation>Fondu</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>Glissement</translation>
    </message>
    <message>
        <source>Swipe</source>
        <translation>Balayage</translation>
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
        <translation>À L’ANTENNE</translation>
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
        <translation>Propriétés de “%1”</translation>
    </message>
    <message>
        <source>“%1” is not a source that has properties.</source>
        <translation>“%1” n&apos;est pas une source dotée de propriétés.</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Caméra :</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Micro :</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>No camera found. Plug one in: it appears here by itself.</source>
        <translation>Aucune caméra trouvée. Branchez-en une : elle apparaîtra ici automatiquement.</translation>
    </message>
    <message>
        <source>No microphone found. Plug one in: it appears here by itself.</source>
        <translation>Aucun micro trouvé. Branchez-en un : il apparaîtra ici automatiquement.</translation>
    </message>
    <message>
        <source>The device this source used is not plugged in.</source>
        <translation>Le périphérique utilisé par cette source n&apos;est pas branché.</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>Mire de test</translation>
    </message>
    <message>
        <source>Camera (through GStreamer)</source>
        <translation>Caméra (via GStreamer)</translation>
    </message>
    <message>
        <source>GStreamer pipeline</source>
        <translation>Pipeline GStreamer</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>Image :</translation>
    </message>
    <message>
        <source>As the pipeline gives it</source>
        <translation>Telle que le pipeline la fournit</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Résolution :</translation>
    </message>
    <message>
        <source>%1 images per second</source>
        <translation>%1 images par seconde</translation>
    </message>
    <message>
        <source>Frame rate:</source>
        <translation>Fréquence d’images :</translation>
    </message>
</context>
<context>
    <name>vitrine::PropertiesView</name>
    <message>
        <source>This source has no properties.</source>
        <translation>Cette source n&apos;a pas de propriétés.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>(none available)</source>
        <translation>(aucun disponible)</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
</context>
<context>
    <name>vitrine::PropertyLabels</name>
    <message>
        <source>Font</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Read from a file</source>
        <translation>Lire depuis un fichier</translation>
    </message>
    <message>
        <source>Text file (UTF-8 or UTF-16)</source>
        <translation>Fichier texte (UTF-8 ou UTF-16)</translation>
    </message>
    <message>
        <source>Chat log mode</source>
        <translation>Mode journal de chat</translation>
    </message>
    <message>
        <source>Chat log lines</source>
        <translation>Lignes du journal de chat</translation>
    </message>
    <message>
        <source>Colour (top)</source>
        <translation>Couleur (haut)</translation>
    </message>
    <message>
        <source>Colour (bottom)</source>
        <translation>Couleur (bas)</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Contour</translation>
    </message>
    <message>
        <source>Drop shadow</source>
        <translation>Ombre portée</translation>
    </message>
    <message>
        <source>Text width (0: as wide as the text)</source>
        <translation>Largeur du texte (0 : celle du texte)</translation>
    </message>
    <message>
        <source>Wrap words</source>
        <translation>Retour à la ligne automatique</translation>
    </message>
    <message>
        <source>Smooth edges</source>
        <translation>Lisser les bords</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Fichier image</translation>
    </message>
    <message>
        <source>Unload the image when it is not shown</source>
        <translation>Décharger l’image quand elle n’est pas affichée</translation>
    </message>
    <message>
        <source>Apply transparency in linear space</source>
        <translation>Appliquer la transparence en espace linéaire</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Video format</source>
        <translation>Format vidéo</translation>
    </message>
    <message>
        <source>Video standard</source>
        <translation>Norme vidéo</translation>
    </message>
    <message>
        <source>DV timing</source>
        <translation>Synchronisation DV</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Fréquence d’images</translation>
    </message>
    <message>
        <source>Colour range</source>
        <translation>Plage de couleurs</translation>
    </message>
    <message>
        <source>Use buffering</source>
        <translation>Utiliser la mise en mémoire tampon</translation>
    </message>
    <message>
        <source>Restart the camera when it stops sending</source>
        <translation>Redémarrer la caméra quand elle n’envoie plus d’image</translation>
    </message>
    <message>
        <source>Frames without picture before a restart</source>
        <translation>Images manquées avant un redémarrage</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Micro</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>Show the mouse pointer</source>
        <translation>Afficher le pointeur de la souris</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Réglages avancés</translation>
    </message>
    <message>
        <source>X server</source>
        <translation>Serveur X</translation>
    </message>
    <message>
        <source>Video pipeline (gst-launch syntax)</source>
        <translation>Pipeline vidéo (syntaxe gst-launch)</translation>
    </message>
    <message>
        <source>Audio pipeline (optional, gst-launch syntax)</source>
        <translation>Pipeline audio (facultatif, syntaxe gst-launch)</translation>
    </message>
    <message>
        <source>Start again at the end</source>
        <translation>Recommencer à la fin</translation>
    </message>
</context>
<context>
    <name>vitrine::RemoteAccess</name>
    <message>
        <source>Off.</source>
        <translation>Désactivée.</translation>
    </message>
    <message>
        <source>Reading the remote&apos;s password from the keychain…</source>
        <translation>Lecture du mot de passe de la régie dans le trousseau…</translation>
    </message>
    <message>
        <source>The keychain did not answer: this password lasts until the studio quits.</source>
        <translation>Le trousseau n’a pas répondu : ce mot de passe vaut jusqu’à la fermeture du studio.</translation>
    </message>
    <message>
        <source>Not serving: %1</source>
        <translation>Non servie : %1</translation>
    </message>
    <message numerus="yes">
        <source>Serving on port %1, %n remote(s) connected.</source>
        <translation>
            <numerusform>Servie sur le port %1, %n télécommande connectée.</numerusform>
            <numerusform>Servie sur le port %1, %n télécommandes connectées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password could not be kept in the keychain (%1): it lasts until the studio quits.</source>
        <translation>Le mot de passe n’a pas pu être gardé dans le trousseau (%1) : il vaut jusqu’à la fermeture du studio.</translation>
    </message>
</context>
<context>
    <name>vitrine::RemoteDialog</name>
    <message>
        <source>Producer remote</source>
        <translation>Régie à distance</translation>
    </message>
    <message>
        <source>Let a phone, a Stream Deck or Companion control this studio</source>
        <translation>Laisser un téléphone, un Stream Deck ou Companion piloter ce studio</translation>
    </message>
    <message>
        <source>Reachable from other devices on this network</source>
        <translation>Accessible depuis les autres appareils de ce réseau</translation>
    </message>
    <message>
        <source>Off: only this computer can connect (127.0.0.1).</source>
        <translation>Décoché : seul cet ordinateur peut se connecter (127.0.0.1).</translation>
    </message>
    <message>
        <source>None: chat moderators have no access</source>
        <translation>Aucun : les modérateurs du chat n’ont pas accès</translation>
    </message>
    <message>
        <source>None: plain http and ws</source>
        <translation>Aucun : http et ws en clair</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key (PEM)</source>
        <translation>La clé privée du certificat (PEM)</translation>
    </message>
    <message>
        <source>Scan with the phone to open the producer page</source>
        <translation>Scanner avec le téléphone pour ouvrir la page de régie</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Connected remotes must sign in again</source>
        <translation>Les télécommandes connectées devront se reconnecter</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Définir</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Moderator password:</source>
        <translation>Mot de passe modérateur :</translation>
    </message>
    <message>
        <source>TLS certificate:</source>
        <translation>Certificat TLS :</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>Certificat TLS</translation>
    </message>
    <message>
        <source>TLS key:</source>
        <translation>Clé TLS :</translation>
    </message>
    <message>
        <source>TLS key</source>
        <translation>Clé TLS</translation>
    </message>
    <message>
        <source>Producer page: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Page de régie : &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Viewer widget: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Widget pour les spectateurs : &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>obs-websocket remotes: port %1 with this password</source>
        <translation>Télécommandes obs-websocket : port %1 avec ce mot de passe</translation>
    </message>
</context>
<context>
    <name>vitrine::RemoteServer</name>
    <message>
        <source>The remote&apos;s TLS certificate %1 cannot be read.</source>
        <translation>Le certificat TLS %1 de la régie ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The remote&apos;s TLS key %1 cannot be read.</source>
        <translation>La clé TLS %1 de la régie ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The remote&apos;s TLS certificate %1 is not a PEM certificate.</source>
        <translation>Le certificat TLS %1 de la régie n’est pas un certificat PEM.</translation>
    </message>
    <message>
        <source>The remote&apos;s TLS key %1 is not an unencrypted PEM RSA or EC key.</source>
        <translation>La clé TLS %1 de la régie n’est pas une clé PEM RSA ou EC non chiffrée.</translation>
    </message>
    <message>
        <source>TLS connection from %1 failed: %2</source>
        <translation>La connexion TLS de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The remote cannot listen on port %1: %2</source>
        <translation>La régie ne peut pas écouter sur le port %1 : %2</translation>
    </message>
    <message>
        <source>%1 did not send its HTTP request in time.</source>
        <translation>%1 n’a pas envoyé sa requête HTTP à temps.</translation>
    </message>
    <message>
        <source>%1 sent an HTTP request head over %2 bytes.</source>
        <translation>%1 a envoyé un en-tête de requête HTTP de plus de %2 octets.</translation>
    </message>
</context>
<context>
    <name>vitrine::RemoteSession</name>
    <message>
        <source>%1 did not identify in time.</source>
        <translation>%1 ne s’est pas identifié à temps.</translation>
    </message>
    <message>
        <source>No Identify received in time.</source>
        <translation>Aucun Identify reçu à temps.</translation>
    </message>
    <message>
        <source>%1 does not read its messages; disconnected.</source>
        <translation>%1 ne lit pas ses messages ; déconnecté.</translation>
    </message>
    <message>
        <source>%1 sent a binary message.</source>
        <translation>%1 a envoyé un message binaire.</translation>
    </message>
    <message>
        <source>Binary messages are not supported: this server speaks obswebsocket.json.</source>
        <translation>Les messages binaires ne sont pas pris en charge : ce serveur parle obswebsocket.json.</translation>
    </message>
    <message>
        <source>%1 sent a malformed message: %2</source>
        <translation>%1 a envoyé un message mal formé : %2</translation>
    </message>
    <message>
        <source>%1 sent a message before identifying.</source>
        <translation>%1 a envoyé un message avant de s’identifier.</translation>
    </message>
    <message>
        <source>Only an Identify may be sent before Identified.</source>
        <translation>Seul un Identify peut être envoyé avant Identified.</translation>
    </message>
    <message>
        <source>Unknown OpCode: %1.</source>
        <translation>OpCode inconnu : %1.</translation>
    </message>
    <message>
        <source>Already identified: use Reidentify.</source>
        <translation>Déjà identifié : utilisez Reidentify.</translation>
    </message>
    <message>
        <source>%1 tried to connect without a password.</source>
        <translation>%1 a essayé de se connecter sans mot de passe.</translation>
    </message>
    <message>
        <source>%1 tried to connect with a wrong password.</source>
        <translation>%1 a essayé de se connecter avec un mauvais mot de passe.</translation>
    </message>
    <message>
        <source>Authentication failed.</source>
        <translation>Échec de l’authentification.</translation>
    </message>
    <message>
        <source>Only rpcVersion 1 is supported.</source>
        <translation>Seul le rpcVersion 1 est pris en charge.</translation>
    </message>
    <message>
        <source>%1 sends more than %2 requests per second; the extra ones are refused.</source>
        <translation>%1 envoie plus de %2 requêtes par seconde ; celles en trop sont refusées.</translation>
    </message>
    <message>
        <source>%1 kept flooding the server; disconnected.</source>
        <translation>%1 a continué d’inonder le serveur ; déconnecté.</translation>
    </message>
    <message>
        <source>Too many requests.</source>
        <translation>Trop de requêtes.</translation>
    </message>
    <message>
        <source>The request data is not an object.</source>
        <translation>Les données de la requête ne sont pas un objet.</translation>
    </message>
    <message>
        <source>The request has no `requestType`.</source>
        <translation>La requête n’a pas de `requestType`.</translation>
    </message>
    <message>
        <source>Too many requests: at most %1 per second.</source>
        <translation>Trop de requêtes : %1 par seconde au plus.</translation>
    </message>
</context>
<context>
    <name>vitrine::Remuxer</name>
    <message>
        <source>%1 holds no media</source>
        <translation>%1 ne contient aucun média</translation>
    </message>
    <message>
        <source>no container is known for %1</source>
        <translation>aucun conteneur connu pour %1</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>impossible de préparer %1 : %2</translation>
    </message>
    <message>
        <source>cannot copy the streams of %1</source>
        <translation>impossible de copier les flux de %1</translation>
    </message>
    <message>
        <source>%1 holds no audio or video</source>
        <translation>%1 ne contient ni audio ni vidéo</translation>
    </message>
    <message>
        <source>cannot seek in %1: %2</source>
        <translation>impossible de se positionner dans %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>impossible de commencer %1 : %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>cannot finish %1: %2</source>
        <translation>impossible de terminer %1 : %2</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>impossible de renommer %1 en %2</translation>
    </message>
</context>
<context>
    <name>vitrine::ReplayCommand</name>
    <message>
        <source>The show&apos;s event log.</source>
        <translation>Le journal d’évènements de l’émission.</translation>
    </message>
    <message>
        <source>EVENTS</source>
        <translation>EVENTS</translation>
    </message>
    <message>
        <source>The show (default: the one the event log belongs to).</source>
        <translation>L’émission (par défaut : celle à qui appartient le journal d’évènements).</translation>
    </message>
    <message>
        <source>SHOW</source>
        <translation>SHOW</translation>
    </message>
    <message>
        <source>the recording is an MP4 already; a replay is made from the .mkv</source>
        <translation>l’enregistrement est déjà un MP4 ; un replay se fait à partir du .mkv</translation>
    </message>
    <message>
        <source>remuxing: %1 %</source>
        <translation>remultiplexage : %1 %</translation>
    </message>
    <message>
        <source>the event log has no recording.start; times are read from the start of the log</source>
        <translation>le journal d’évènements n’a pas de recording.start ; les temps sont lus depuis le début du journal</translation>
    </message>
    <message>
        <source>Cut the clips exactly at each chapter (re-encoded to H.264, slower) instead of at keyframes.</source>
        <translation>Couper les extraits exactement à chaque chapitre (réencodés en H.264, plus lent) plutôt qu’aux images clés.</translation>
    </message>
    <message>
        <source>usage: vitrine replay finish OUT.mkv --events EVENTS.jsonl [--show SHOW.vitrine]
       vitrine replay clips OUT.mkv --events EVENTS.jsonl [--show SHOW.vitrine] [--reencode]</source>
        <translation>usage : vitrine replay finish OUT.mkv --events EVENTS.jsonl [--show SHOW.vitrine]
        vitrine replay clips OUT.mkv --events EVENTS.jsonl [--show SHOW.vitrine] [--reencode]</translation>
    </message>
    <message>
        <source>cutting: %1 %</source>
        <translation>découpe : %1 %</translation>
    </message>
</context>
<context>
    <name>vitrine::ReplayFinisher</name>
    <message>
        <source>The replay was not made: %1.</source>
        <translation>Le replay n’a pas été fait : %1.</translation>
    </message>
    <message>
        <source>No clips were made: %1.</source>
        <translation>Aucun clip n’a été fait : %1.</translation>
    </message>
    <message>
        <source>No clips were made: cannot create the folder %1.</source>
        <translation>Aucun clip n’a été fait : impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The clip of %1 was not made: %2.</source>
        <translation>Le clip de %1 n’a pas été fait : %2.</translation>
    </message>
    <message>
        <source>The 9:16 clip of %1 was not made: %2.</source>
        <translation>L’extrait 9:16 de %1 n’a pas été fait : %2.</translation>
    </message>
</context>
<context>
    <name>vitrine::ReplayReviewWindow</name>
    <message>
        <source>Review the replay — %1</source>
        <translation>Revoir le replay — %1</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Lecture ou pause</translation>
    </message>
    <message>
        <source>The replay&apos;s timeline; the ticks mark its chapters</source>
        <translation>La chronologie du replay ; les repères marquent ses chapitres</translation>
    </message>
    <message>
        <source>Click a product to jump to its chapter</source>
        <translation>Cliquez sur un produit pour aller à son chapitre</translation>
    </message>
    <message>
        <source>Export clips</source>
        <translation>Exporter les clips</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop cutting the clips; the recording and the replay stay as they are</source>
        <translation>Arrêter la découpe des clips ; l’enregistrement et le replay restent tels quels</translation>
    </message>
    <message>
        <source>Product chapters</source>
        <translation>Chapitres produits</translation>
    </message>
    <message>
        <source>The video %1 cannot be played.</source>
        <translation>La vidéo %1 ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The video %1 cannot be played: %2</source>
        <translation>La vidéo %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>The video %1 does not exist.</source>
        <translation>La vidéo %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The video %1 cannot be played: %2.</source>
        <translation>La vidéo %1 ne peut pas être lue : %2.</translation>
    </message>
    <message>
        <source>The clips are cut from the show&apos;s event log, not found: %1</source>
        <translation>Les clips sont découpés d’après le journal d’évènements de l’émission, introuvable : %1</translation>
    </message>
    <message>
        <source>Cut one clip per product chapter, with a thumbnail per chapter, into %1</source>
        <translation>Découper un clip par chapitre produit, avec une vignette par chapitre, dans %1</translation>
    </message>
    <message>
        <source>No replay manifest beside %1 (%2 is missing): the video plays, without its chapters. Make its replay first (Stop recording, or vitrine replay finish).</source>
        <translation>Pas de manifeste de replay à côté de %1 (%2 manque) : la vidéo se lit, sans ses chapitres. Faites d’abord son replay (Arrêter l’enregistrement, ou vitrine replay finish).</translation>
    </message>
    <message>
        <source>The replay manifest %1 cannot be read: %2.</source>
        <translation>Le manifeste de replay %1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>The replay manifest %1 is damaged (%2): the video plays, without its chapters.</source>
        <translation>Le manifeste de replay %1 est abîmé (%2) : la vidéo se lit, sans ses chapitres.</translation>
    </message>
    <message>
        <source>no chapters</source>
        <translation>pas de chapitres</translation>
    </message>
    <message>
        <source>Jump to %1 at %2</source>
        <translation>Aller à %1 à %2</translation>
    </message>
    <message>
        <source>No product was pinned during this recording.</source>
        <translation>Aucun produit n’a été épinglé pendant cet enregistrement.</translation>
    </message>
    <message>
        <source>Cutting the clips…</source>
        <translation>Découpe des clips…</translation>
    </message>
    <message>
        <source>Clips and thumbnails are in %1</source>
        <translation>Les clips et vignettes sont dans %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Exact cut (re-encode, slower)</source>
        <translation>Coupe exacte (réencodage, plus lent)</translation>
    </message>
    <message>
        <source>Start and end each clip on the chapter&apos;s own frames by re-encoding it; otherwise clips are copied from the nearest keyframe, within a second or two</source>
        <translation>Commencer et finir chaque extrait sur les images mêmes du chapitre en le réencodant ; sinon les extraits sont copiés depuis l’image clé la plus proche, à une ou deux secondes près</translation>
    </message>
</context>
<context>
    <name>vitrine::ReplayStatus</name>
    <message>
        <source>Making the replay…</source>
        <translation>Préparation du replay…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop making the replay; the recording stays as it is</source>
        <translation>Arrêter la préparation du replay ; l’enregistrement reste tel quel</translation>
    </message>
    <message>
        <source>Replay ready: %1, with its product chapters and shoppable manifest.</source>
        <translation>Replay prêt : %1, avec ses chapitres produits et son manifeste d’achat.</translation>
    </message>
    <message>
        <source>Make clips</source>
        <translation>Faire les clips</translation>
    </message>
    <message>
        <source>Cut one clip per product chapter of the last replay, with a thumbnail per chapter, for social posts</source>
        <translation>Découper un clip par chapitre produit du dernier replay, avec une vignette par chapitre, pour les réseaux sociaux</translation>
    </message>
    <message>
        <source>Cutting the clips…</source>
        <translation>Découpe des clips…</translation>
    </message>
    <message>
        <source>Finish the replay?</source>
        <translation>Terminer le replay ?</translation>
    </message>
    <message>
        <source>The recording %1 was cut short when Vitrine stopped unexpectedly. It still plays. Make its replay (MP4 with product chapters and the shoppable manifest) from what was recorded?</source>
        <translation>L’enregistrement %1 a été interrompu quand Vitrine s’est arrêté de façon inattendue. Il reste lisible. Faire son replay (MP4 à chapitres produits et manifeste d’achat) à partir de ce qui a été enregistré ?</translation>
    </message>
    <message>
        <source>Replay ready: %1</source>
        <translation>Replay prêt : %1</translation>
    </message>
    <message>
        <source>Clips ready</source>
        <translation>Clips prêts</translation>
    </message>
    <message>
        <source>No clips</source>
        <translation>Pas de clips</translation>
    </message>
    <message>
        <source>Clips and thumbnails ready in %1.</source>
        <translation>Clips et vignettes prêts dans %1.</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Revoir…</translation>
    </message>
    <message>
        <source>Watch the last replay with its product chapters and export its clips</source>
        <translation>Regarder le dernier replay avec ses chapitres produits et exporter ses clips</translation>
    </message>
    <message>
        <source>Exact cut (re-encode, slower)</source>
        <translation>Coupe exacte (réencodage, plus lent)</translation>
    </message>
    <message>
        <source>Start and end each clip on the chapter&apos;s own frames by re-encoding it</source>
        <translation>Commencer et finir chaque extrait sur les images mêmes du chapitre en le réencodant</translation>
    </message>
</context>
<context>
    <name>vitrine::ReportCommand</name>
    <message>
        <source>The shop&apos;s orders export (Shopify CSV).</source>
        <translation>L’export des commandes de la boutique (CSV Shopify).</translation>
    </message>
    <message>
        <source>ORDERS.csv</source>
        <translation>ORDERS.csv</translation>
    </message>
    <message>
        <source>The live window, ISO 8601 with offsets, start included, end not (default: from the show&apos;s event log).</source>
        <translation>La fenêtre du live, en ISO 8601 avec décalages, début inclus, fin exclue (par défaut : d’après le journal d’évènements de l’émission).</translation>
    </message>
    <message>
        <source>START/END</source>
        <translation>START/END</translation>
    </message>
    <message>
        <source>The folder to write the report into (created).</source>
        <translation>Le dossier où écrire le rapport (créé).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>usage: vitrine report SHOW.vitrine --orders ORDERS.csv [--live-window START/END] --out DIR</source>
        <translation>usage : vitrine report SHOW.vitrine --orders ORDERS.csv [--live-window START/END] --out DIR</translation>
    </message>
    <message>
        <source>--live-window needs START/END in ISO 8601 with their offsets, START before END, such as 2026-12-05T20:00:00+01:00/2026-12-05T21:00:00+01:00, not “%1”</source>
        <translation>--live-window demande START/END en ISO 8601 avec leurs décalages, START avant END, par exemple 2026-12-05T20:00:00+01:00/2026-12-05T21:00:00+01:00, pas « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1, %2 and %3 (%n order(s), %4 row(s) skipped)</source>
        <translation>
            <numerusform>%1, %2 et %3 écrits (%n commande, %4 ligne(s) ignorée(s))</numerusform>
            <numerusform>%1, %2 et %3 écrits (%n commandes, %4 ligne(s) ignorée(s))</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::ReportPlots</name>
    <message>
        <source>Orders per %1 minutes (UTC); red: live, green: promo</source>
        <translation>Commandes par tranche de %1 minutes (UTC) ; rouge : live, vert : promo</translation>
    </message>
    <message>
        <source>Revenue per product (%1)</source>
        <translation>Chiffre d’affaires par produit (%1)</translation>
    </message>
</context>
<context>
    <name>vitrine::RtmpService</name>
    <message>
        <source>malformed stream URL “%1”: expected rtmp://HOST[:PORT]/APP/KEY</source>
        <translation>URL de diffusion « %1 » mal formée : format attendu rtmp://HOST[:PORT]/APP/KEY</translation>
    </message>
    <message>
        <source>stream URL “%1” has no application and key: expected rtmp://HOST[:PORT]/APP/KEY</source>
        <translation>l’URL de diffusion « %1 » n’indique ni application ni clé : format attendu rtmp://HOST[:PORT]/APP/KEY</translation>
    </message>
    <message>
        <source>malformed stream server “%1”: expected rtmp://HOST[:PORT]/APP</source>
        <translation>serveur de diffusion « %1 » mal formé : rtmp://HOST[:PORT]/APP attendu</translation>
    </message>
</context>
<context>
    <name>vitrine::SceneBar</name>
    <message>
        <source>Scenes</source>
        <translation>Scènes</translation>
    </message>
    <message>
        <source>Click: preview · double-click: take to program</source>
        <translation>Clic : aperçu · double-clic : envoyer au programme</translation>
    </message>
    <message>
        <source>Take to program</source>
        <translation>Envoyer au programme</translation>
    </message>
</context>
<context>
    <name>vitrine::SceneCollection</name>
    <message>
        <source>a source has no name</source>
        <translation>une source n’a pas de nom</translation>
    </message>
    <message>
        <source>two sources or scenes are named “%1”</source>
        <translation>deux sources ou scènes portent le nom « %1 »</translation>
    </message>
    <message>
        <source>a scene has no name</source>
        <translation>une scène n’a pas de nom</translation>
    </message>
    <message>
        <source>scene “%1” shows “%2”, which is not a source of the show</source>
        <translation>la scène « %1 » affiche « %2 », qui n’est pas une source de l’émission</translation>
    </message>
    <message>
        <source>global audio “%1” is not a source of the show</source>
        <translation>l’audio global « %1 » n’est pas une source de l’émission</translation>
    </message>
    <message>
        <source>the program scene “%1” does not exist</source>
        <translation>la scène de programme « %1 » n’existe pas</translation>
    </message>
    <message>
        <source>source “%1” (sources[%2]) has an unknown kind “%3”; known kinds: color, image, text, media, camera, screen, gstreamer, microphone</source>
        <translation>la source « %1 » (sources[%2]) est d’un type inconnu « %3 » ; types connus : color, image, text, media, camera, screen, gstreamer, microphone</translation>
    </message>
</context>
<context>
    <name>vitrine::SceneEditor</name>
    <message>
        <source>Switch to “%1”</source>
        <translation>Basculer vers “%1”</translation>
    </message>
    <message>
        <source>scene “%1” has no item %2</source>
        <translation>la scène “%1” n&apos;a pas d&apos;élément %2</translation>
    </message>
    <message>
        <source>there is no scene “%1”</source>
        <translation>il n’existe aucune scène « %1 »</translation>
    </message>
    <message>
        <source>the name “%1” is empty or already used</source>
        <translation>le nom “%1” est vide ou déjà utilisé</translation>
    </message>
    <message>
        <source>Add scene “%1”</source>
        <translation>Ajouter la scène “%1”</translation>
    </message>
    <message>
        <source>Rename scene “%1” to “%2”</source>
        <translation>Renommer la scène “%1” en “%2”</translation>
    </message>
    <message>
        <source>Duplicate scene “%1”</source>
        <translation>Dupliquer la scène “%1”</translation>
    </message>
    <message>
        <source>a show keeps at least one scene</source>
        <translation>une émission conserve au moins une scène</translation>
    </message>
    <message>
        <source>Remove scene “%1”</source>
        <translation>Supprimer la scène “%1”</translation>
    </message>
    <message>
        <source>Move scene “%1”</source>
        <translation>Déplacer la scène “%1”</translation>
    </message>
    <message>
        <source>sources of kind “%1” are not available here</source>
        <translation>les sources de type “%1” ne sont pas disponibles ici</translation>
    </message>
    <message>
        <source>Add source “%1”</source>
        <translation>Ajouter la source “%1”</translation>
    </message>
    <message>
        <source>Remove “%1” from “%2”</source>
        <translation>Retirer “%1” de “%2”</translation>
    </message>
    <message>
        <source>Reorder “%1”</source>
        <translation>Réordonner “%1”</translation>
    </message>
    <message>
        <source>Show “%1”</source>
        <translation>Afficher “%1”</translation>
    </message>
    <message>
        <source>Hide “%1”</source>
        <translation>Masquer “%1”</translation>
    </message>
    <message>
        <source>Lock “%1”</source>
        <translation>Verrouiller “%1”</translation>
    </message>
    <message>
        <source>Unlock “%1”</source>
        <translation>Déverrouiller “%1”</translation>
    </message>
    <message>
        <source>item %1 of “%2” is not “%3”</source>
        <translation>l&apos;élément %1 de “%2” n&apos;est pas “%3”</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>Déplacer “%1”</translation>
    </message>
    <message>
        <source>Change properties of “%1”</source>
        <translation>Modifier les propriétés de “%1”</translation>
    </message>
    <message>
        <source>there is no source “%1”</source>
        <translation>il n&apos;y a pas de source “%1”</translation>
    </message>
    <message>
        <source>no scene “%1”</source>
        <translation>pas de scène « %1 »</translation>
    </message>
    <message>
        <source>Overlays of “%1”</source>
        <translation>Habillage de « %1 »</translation>
    </message>
    <message>
        <source>Rename source “%1” to “%2”</source>
        <translation>Renommer la source « %1 » en « %2 »</translation>
    </message>
</context>
<context>
    <name>vitrine::SceneGraph</name>
    <message>
        <source>source “%1”: its kind “%2” is not available here (libobs source %3 is not loaded)</source>
        <translation>source « %1 » : son type « %2 » n’est pas disponible ici (la source libobs %3 n’est pas chargée)</translation>
    </message>
    <message>
        <source>source “%1” could not be created</source>
        <translation>la source « %1 » n’a pas pu être créée</translation>
    </message>
    <message>
        <source>there is no scene “%1”</source>
        <translation>il n’existe aucune scène « %1 »</translation>
    </message>
    <message>
        <source>media source “%1”: cannot read %2 (%3); it shows nothing</source>
        <translation>source média « %1 » : impossible de lire %2 (%3) ; elle n’affiche rien</translation>
    </message>
</context>
<context>
    <name>vitrine::ScenesDock</name>
    <message>
        <source>Scenes</source>
        <translation>Scènes</translation>
    </message>
    <message>
        <source>Add a scene</source>
        <translation>Ajouter une scène</translation>
    </message>
    <message>
        <source>Remove the scene</source>
        <translation>Supprimer la scène</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Rename the scene</source>
        <translation>Renommer la scène</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Duplicate the scene</source>
        <translation>Dupliquer la scène</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>On air</source>
        <translation>À l&apos;antenne</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Scène</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Nom de la copie :</translation>
    </message>
    <message>
        <source>Remove the scene on air?</source>
        <translation>Supprimer la scène à l&apos;antenne ?</translation>
    </message>
    <message>
        <source>“%1” is on air. Remove it? The first scene goes on air instead.</source>
        <translation>“%1” est à l&apos;antenne. La supprimer ? La première scène passera à l&apos;antenne à sa place.</translation>
    </message>
    <message>
        <source>Overlays</source>
        <translation>Habillage</translation>
    </message>
    <message>
        <source>Choose the on-air overlays this scene shows</source>
        <translation>Choisir l’habillage affiché sur cette scène</translation>
    </message>
    <message>
        <source>Overlays on this scene</source>
        <translation>Habillage de cette scène</translation>
    </message>
    <message>
        <source>No scene selected</source>
        <translation>Aucune scène choisie</translation>
    </message>
</context>
<context>
    <name>vitrine::ServiceCatalog</name>
    <message>
        <source>cannot read the list of streaming services %1: %2</source>
        <translation>impossible de lire la liste des services de diffusion %1 : %2</translation>
    </message>
    <message>
        <source>the list of streaming services is not valid JSON: %1</source>
        <translation>la liste des services de diffusion n’est pas du JSON valide : %1</translation>
    </message>
    <message>
        <source>the list of streaming services has no &quot;services&quot; array</source>
        <translation>la liste des services de diffusion n’a pas de tableau &quot;services&quot;</translation>
    </message>
    <message>
        <source>the list of streaming services has no RTMP service</source>
        <translation>la liste des services de diffusion n’a aucun service RTMP</translation>
    </message>
    <message>
        <source>%1 takes at most %2 kbps of video at %3×%4; the show streams %5 kbps</source>
        <translation>%1 accepte au plus %2 kbps de vidéo en %3×%4 ; l&apos;émission diffuse %5 kbps</translation>
    </message>
    <message>
        <source>%1 takes at most %2 kbps of audio; the show streams %3 kbps</source>
        <translation>%1 accepte au plus %2 kbps d&apos;audio ; l&apos;émission diffuse %3 kbps</translation>
    </message>
    <message>
        <source>%1 wants a keyframe at least every %2 s; the show sends one every %3 s</source>
        <translation>%1 demande une image clé au moins toutes les %2 s ; l&apos;émission en envoie une toutes les %3 s</translation>
    </message>
</context>
<context>
    <name>vitrine::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>vertical 9:16, for mobile platforms</source>
        <translation>vertical 9:16, pour les plateformes mobiles</translation>
    </message>
    <message>
        <source>landscape 16:9</source>
        <translation>paysage 16:9</translation>
    </message>
    <message>
        <source>%1 × %2 (%3)</source>
        <translation>%1 × %2 (%3)</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 ips</translation>
    </message>
    <message>
        <source>Hardware (FFmpeg VAAPI)</source>
        <translation>Matériel (FFmpeg VAAPI)</translation>
    </message>
    <message>
        <source>Software (x264)</source>
        <translation>Logiciel (x264)</translation>
    </message>
    <message>
        <source> kb/s</source>
        <translation> kb/s</translation>
    </message>
    <message>
        <source>Faster presets use less processor for a slightly softer picture</source>
        <translation>Les préréglages plus rapides sollicitent moins le processeur, pour une image un peu moins nette</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Canvas:</source>
        <translation>Canevas :</translation>
    </message>
    <message>
        <source>Frame rate:</source>
        <translation>Fréquence d&apos;images :</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Encoder:</source>
        <translation>Encodeur :</translation>
    </message>
    <message>
        <source>Video bitrate:</source>
        <translation>Débit vidéo :</translation>
    </message>
    <message>
        <source>x264 preset:</source>
        <translation>Préréglage x264 :</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thème :</translation>
    </message>
    <message>
        <source>The language changes the next time Vitrine starts.</source>
        <translation>La langue changera au prochain démarrage de Vitrine.</translation>
    </message>
    <message>
        <source>%1 × %2 (the show&apos;s)</source>
        <translation>%1 × %2 (celui de l&apos;émission)</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Revenir à %1</translation>
    </message>
    <message>
        <source>The video could not restart: %1</source>
        <translation>La vidéo n&apos;a pas pu redémarrer : %1</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>MKV — recommended, survives a crash</source>
        <translation>MKV — recommandé, résiste à un plantage</translation>
    </message>
    <message>
        <source>MP4</source>
        <translation>MP4</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Video, output and recording settings cannot change during a live or a recording.</source>
        <translation>Les paramètres vidéo, de sortie et d&apos;enregistrement ne peuvent pas être modifiés pendant un live ou un enregistrement.</translation>
    </message>
    <message>
        <source>Recording folder</source>
        <translation>Dossier d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Video, output and recording settings cannot change during a live or a recording. Stop them first, or cancel these changes.</source>
        <translation>Les paramètres vidéo, de sortie et d&apos;enregistrement ne peuvent pas être modifiés pendant un live ou un enregistrement. Arrêtez-les d&apos;abord, ou annulez ces modifications.</translation>
    </message>
    <message>
        <source>Shortcut already used</source>
        <translation>Raccourci déjà utilisé</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”. Give it to “%3” instead? “%2” will then have no shortcut.</source>
        <translation>%1 est déjà le raccourci de « %2 ». Le donner plutôt à « %3 » ? « %2 » n’aura alors plus de raccourci.</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Réattribuer</translation>
    </message>
    <message>
        <source>Never reconnect</source>
        <translation>Ne jamais se reconnecter</translation>
    </message>
    <message>
        <source>When a destination loses its server during a live, the studio tries again after 2 s, then waits 1.5× longer before each new try</source>
        <translation>Quand une destination perd son serveur pendant un live, le studio réessaie après 2 s, puis attend 1,5× plus longtemps avant chaque nouvel essai</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Reconnect tries:</source>
        <translation>Essais de reconnexion :</translation>
    </message>
    <message>
        <source>Longest wait between tries:</source>
        <translation>Attente maximale entre deux essais :</translation>
    </message>
</context>
<context>
    <name>vitrine::ShopifyJsonImporter</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d’ouvrir le fichier : %1</translation>
    </message>
    <message>
        <source>malformed JSON at line %1, column %2: %3</source>
        <translation>JSON mal formé à la ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>expected an object with a &quot;products&quot; array (a Shopify /products.json)</source>
        <translation>un objet contenant un tableau &quot;products&quot; était attendu (un /products.json de Shopify)</translation>
    </message>
    <message>
        <source>&quot;products&quot; is not an array</source>
        <translation>&quot;products&quot; n’est pas un tableau</translation>
    </message>
    <message>
        <source>a product is not an object; skipped</source>
        <translation>un produit n’est pas un objet ; ignoré</translation>
    </message>
    <message>
        <source>no &quot;products&quot; array: this is not a Shopify /products.json</source>
        <translation>aucun tableau &quot;products&quot; : ce n’est pas un /products.json de Shopify</translation>
    </message>
    <message>
        <source>the product has no title; skipped</source>
        <translation>le produit n’a pas de titre ; ignoré</translation>
    </message>
    <message>
        <source>the title is not a string; product skipped</source>
        <translation>le titre n’est pas une chaîne de caractères ; produit ignoré</translation>
    </message>
    <message>
        <source>the product has no handle; its URL is unknown</source>
        <translation>le produit n’a pas de handle ; son URL est inconnue</translation>
    </message>
    <message>
        <source>an image without &quot;src&quot;; ignored</source>
        <translation>une image sans &quot;src&quot; ; ignorée</translation>
    </message>
    <message>
        <source>&quot;images&quot; is not an array; ignored</source>
        <translation>&quot;images&quot; n’est pas un tableau ; ignoré</translation>
    </message>
    <message>
        <source>the product has no variants, hence no price; skipped</source>
        <translation>le produit n’a pas de variantes, donc pas de prix ; ignoré</translation>
    </message>
    <message>
        <source>&quot;variants&quot; is missing or not an array; product skipped</source>
        <translation>&quot;variants&quot; est absent ou n’est pas un tableau ; produit ignoré</translation>
    </message>
    <message>
        <source>a variant is not an object; skipped</source>
        <translation>une variante n’est pas un objet ; ignorée</translation>
    </message>
    <message>
        <source>the variant has no SKU and its product no handle or id to name it by; skipped</source>
        <translation>la variante n’a pas de référence (SKU) et son produit n’a ni handle ni id permettant de la nommer ; ignorée</translation>
    </message>
    <message>
        <source>duplicate SKU &quot;%1&quot; (first at %2); this variant is skipped</source>
        <translation>référence (SKU) « %1 » en double (première occurrence : %2) ; cette variante est ignorée</translation>
    </message>
    <message>
        <source>the variant has no price; skipped</source>
        <translation>la variante n’a pas de prix ; ignorée</translation>
    </message>
    <message>
        <source>the price is neither a string nor a number; variant skipped</source>
        <translation>le prix n’est ni une chaîne ni un nombre ; variante ignorée</translation>
    </message>
    <message>
        <source>the price is negative; variant skipped</source>
        <translation>le prix est négatif ; variante ignorée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price; variant skipped</source>
        <translation>« %1 » n’est pas un prix ; variante ignorée</translation>
    </message>
    <message>
        <source>the compare-at price is not a price; ignored</source>
        <translation>le prix avant réduction n’est pas un prix valide ; ignoré</translation>
    </message>
    <message>
        <source>&quot;available&quot; is not true or false; ignored</source>
        <translation>&quot;available&quot; ne vaut ni true ni false ; ignoré</translation>
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
        <translation>ce n’est pas un export de commandes Shopify : il manque la ou les colonnes %1</translation>
    </message>
    <message>
        <source>no order Name</source>
        <translation>pas de Name de commande</translation>
    </message>
    <message>
        <source>a line item of order %1, which was skipped</source>
        <translation>un article de la commande %1, qui a été ignorée</translation>
    </message>
    <message>
        <source>a line item of order %1, which has no first row before it</source>
        <translation>un article de la commande %1, sans première ligne avant lui</translation>
    </message>
    <message>
        <source>line %1: %2, row skipped</source>
        <translation>ligne %1 : %2, ligne ignorée</translation>
    </message>
    <message>
        <source>%1 “%2” is not an amount in %3</source>
        <translation>%1 « %2 » n’est pas un montant en %3</translation>
    </message>
    <message>
        <source>Lineitem quantity “%1” is not a whole number</source>
        <translation>Lineitem quantity « %1 » n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>no Currency</source>
        <translation>pas de Currency</translation>
    </message>
    <message>
        <source>order %1 is in %2, the export in %3</source>
        <translation>la commande %1 est en %2, l’export en %3</translation>
    </message>
    <message>
        <source>Created at “%1” is not a time with its UTC offset</source>
        <translation>Created at « %1 » n’est pas une heure avec son décalage UTC</translation>
    </message>
    <message>
        <source>Cancelled at “%1” is not a time with its UTC offset</source>
        <translation>Cancelled at « %1 » n’est pas une heure avec son décalage UTC</translation>
    </message>
    <message>
        <source>cannot read the orders %1: %2</source>
        <translation>impossible de lire les commandes %1 : %2</translation>
    </message>
    <message>
        <source>the orders %1 are empty</source>
        <translation>les commandes %1 sont vides</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>vitrine::ShowDetailsDialog</name>
    <message>
        <source>Show details</source>
        <translation>Détails de l&apos;émission</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Noms, séparés par des virgules</translation>
    </message>
    <message>
        <source>The utm_campaign of the product links posted in chats and shown as QR codes; empty: made from the title</source>
        <translation>L&apos;utm_campaign des liens produits publiés dans les chats et affichés en QR code ; vide : tiré du titre</translation>
    </message>
    <message>
        <source>The studio&apos;s (%1)</source>
        <translation>Celle du studio (%1)</translation>
    </message>
    <message>
        <source>How prices are written on air, and the language replies to the chat take when a question gives no clue</source>
        <translation>Comment les prix s&apos;écrivent à l&apos;antenne, et la langue des réponses au chat quand une question ne donne aucun indice</translation>
    </message>
    <message>
        <source>e.g. Free delivery from €49 in mainland France, shipped within 48 h</source>
        <translation>p. ex. Livraison offerte dès 49 € en France métropolitaine, expédition sous 48 h</translation>
    </message>
    <message>
        <source>Proposed as the reply when a viewer asks about delivery</source>
        <translation>Proposé comme réponse quand un spectateur demande la livraison</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Hosts:</source>
        <translation>&amp;Animateurs :</translation>
    </message>
    <message>
        <source>&amp;Brands:</source>
        <translation>&amp;Marques :</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campagne :</translation>
    </message>
    <message>
        <source>Audience &amp;locale:</source>
        <translation>&amp;Langue et région du public :</translation>
    </message>
    <message>
        <source>&amp;Replay page:</source>
        <translation>Page du &amp;replay :</translation>
    </message>
    <message>
        <source>&amp;Delivery:</source>
        <translation>Li&amp;vraison :</translation>
    </message>
    <message>
        <source>The show needs a title.</source>
        <translation>L&apos;émission a besoin d&apos;un titre.</translation>
    </message>
    <message>
        <source>The replay page must be an http:// or https:// address.</source>
        <translation>La page du replay doit être une adresse http:// ou https://.</translation>
    </message>
</context>
<context>
    <name>vitrine::ShowDocument</name>
    <message>
        <source>show file %1 does not exist</source>
        <translation>le fichier d’émission %1 n’existe pas</translation>
    </message>
    <message>
        <source>cannot read show file %1: %2</source>
        <translation>impossible de lire le fichier d’émission %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a valid show file: %2 at %3</source>
        <translation>%1 n’est pas un fichier d’émission valide : %2 à la %3</translation>
    </message>
    <message>
        <source>%1 is not a Vitrine show file (no &quot;format&quot;: &quot;vitrine-show&quot;)</source>
        <translation>%1 n’est pas un fichier d’émission Vitrine (pas de &quot;format&quot;: &quot;vitrine-show&quot;)</translation>
    </message>
    <message>
        <source>%1 has no valid integer &quot;version&quot;</source>
        <translation>%1 ne contient pas d’entier &quot;version&quot; valide</translation>
    </message>
    <message>
        <source>%1 was written by a newer Vitrine (show format version %2; this version reads up to %3). Update Vitrine to open it.</source>
        <translation>%1 a été écrit par une version plus récente de Vitrine (format d’émission version %2 ; cette version lit jusqu’à la version %3). Mettez Vitrine à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>%1: invalid canvas %2×%3 at %4 fps</source>
        <translation>%1 : canevas %2×%3 à %4 i/s invalide</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>cannot write show file %1: %2</source>
        <translation>impossible d’écrire le fichier d’émission %1 : %2</translation>
    </message>
    <message>
        <source>cannot save show file %1: %2</source>
        <translation>impossible d’enregistrer le fichier d’émission %1 : %2</translation>
    </message>
    <message>
        <source>the run-of-show segment “%1” pins “%2”, which is not in the catalogue</source>
        <translation>la séquence « %1 » du conducteur épingle « %2 », qui ne figure pas dans le catalogue</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>Scene 1</source>
        <translation>Scène 1</translation>
    </message>
</context>
<context>
    <name>vitrine::ShowFileMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New show…</source>
        <translation>&amp;Nouvelle émission…</translation>
    </message>
    <message>
        <source>&amp;Open show…</source>
        <translation>&amp;Ouvrir une émission…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir une émission &amp;récente</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Open a show</source>
        <translation>Ouvrir une émission</translation>
    </message>
    <message>
        <source>Vitrine shows (*.vitrine)</source>
        <translation>Émissions Vitrine (*.vitrine)</translation>
    </message>
    <message>
        <source>New show</source>
        <translation>Nouvelle émission</translation>
    </message>
    <message>
        <source>%1 already exists: open it instead</source>
        <translation>%1 existe déjà : ouvrez-la plutôt</translation>
    </message>
    <message>
        <source>Could not start the studio on %1</source>
        <translation>Impossible de démarrer le studio sur %1</translation>
    </message>
    <message>
        <source>No other show opened yet: shows you open or create appear here</source>
        <translation>Aucune autre émission ouverte : celles que vous ouvrez ou créez apparaîtront ici</translation>
    </message>
</context>
<context>
    <name>vitrine::ShowRemoteApi</name>
    <message>
        <source>The “%1” field is empty.</source>
        <translation>Le champ « %1 » est vide.</translation>
    </message>
    <message>
        <source>The “%1” field must be a whole number from %2 to %3.</source>
        <translation>Le champ « %1 » doit être un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>Your request is missing the “%1” field.</source>
        <translation>Il manque le champ « %1 » à votre requête.</translation>
    </message>
    <message>
        <source>The “%1” field must be %2.</source>
        <translation>Le champ « %1 » doit être %2.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>of another type</source>
        <translation>d’un autre type</translation>
    </message>
    <message>
        <source>The request has no requestType.</source>
        <translation>La requête n’a pas de requestType.</translation>
    </message>
    <message>
        <source>Vitrine Studio does not know the request “%1”.</source>
        <translation>Vitrine Studio ne connaît pas la requête « %1 ».</translation>
    </message>
    <message>
        <source>The moderator&apos;s password allows only the chat&apos;s requests; “%1” needs the producer&apos;s.</source>
        <translation>Le mot de passe modérateur ne permet que les requêtes du chat ; « %1 » demande celui de la régie.</translation>
    </message>
    <message>
        <source>No such vendor: “%1” (Vitrine Studio&apos;s is “%2”).</source>
        <translation>Pas de tel vendor : « %1 » (celui de Vitrine Studio est « %2 »).</translation>
    </message>
    <message>
        <source>The vendor “%1” has no request “%2”.</source>
        <translation>Le vendor « %1 » n’a pas de requête « %2 ».</translation>
    </message>
    <message>
        <source>The show has no scene “%1”.</source>
        <translation>L’émission n’a pas de scène « %1 ».</translation>
    </message>
    <message>
        <source>The scene could not go on air: %1</source>
        <translation>La scène n’a pas pu passer à l’antenne : %1</translation>
    </message>
    <message>
        <source>This studio runs without studio mode (a headless run cuts between scenes).</source>
        <translation>Ce studio tourne sans mode studio (une exécution sans fenêtre coupe entre les scènes).</translation>
    </message>
    <message>
        <source>Studio mode is not on.</source>
        <translation>Le mode studio n’est pas activé.</translation>
    </message>
    <message>
        <source>Studio mode is not on: there is no preview to set.</source>
        <translation>Le mode studio n’est pas activé : il n’y a pas d’aperçu à choisir.</translation>
    </message>
    <message>
        <source>This studio runs without transitions: scenes cut.</source>
        <translation>Ce studio tourne sans transitions : les scènes sont coupées.</translation>
    </message>
    <message>
        <source>No transition is named “%1” (Cut, Fade, Slide, Swipe, Stinger).</source>
        <translation>Aucune transition ne s’appelle « %1 » (Cut, Fade, Slide, Swipe, Stinger).</translation>
    </message>
    <message>
        <source>The transition could not run: %1</source>
        <translation>La transition n’a pas pu se faire : %1</translation>
    </message>
    <message>
        <source>The live is already running.</source>
        <translation>Le direct est déjà lancé.</translation>
    </message>
    <message>
        <source>The live could not start: %1</source>
        <translation>Le direct n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>The live is not running.</source>
        <translation>Le direct n’est pas lancé.</translation>
    </message>
    <message>
        <source>The recording is already running.</source>
        <translation>L’enregistrement est déjà lancé.</translation>
    </message>
    <message>
        <source>The recording folder cannot be created. Choose another one in Settings.</source>
        <translation>Le dossier d’enregistrement ne peut pas être créé. Choisissez-en un autre dans les Réglages.</translation>
    </message>
    <message>
        <source>The recording could not start: %1</source>
        <translation>L’enregistrement n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>The vertical canvas is not recorded: %1</source>
        <translation>Le format vertical n’est pas enregistré : %1</translation>
    </message>
    <message>
        <source>No recording is running.</source>
        <translation>Aucun enregistrement en cours.</translation>
    </message>
    <message>
        <source>The input “%1” makes no sound.</source>
        <translation>L’entrée « %1 » ne produit pas de son.</translation>
    </message>
    <message>
        <source>The show has no input “%1”.</source>
        <translation>L’émission n’a pas d’entrée « %1 ».</translation>
    </message>
    <message>
        <source>Give either “inputVolumeMul” or “inputVolumeDb”, not both.</source>
        <translation>Donnez « inputVolumeMul » ou « inputVolumeDb », pas les deux.</translation>
    </message>
    <message>
        <source>Your request needs “inputVolumeMul” or “inputVolumeDb”.</source>
        <translation>Votre requête demande « inputVolumeMul » ou « inputVolumeDb ».</translation>
    </message>
    <message>
        <source>“inputVolumeMul” goes from 0 to 1 (the mixer&apos;s 0 dB).</source>
        <translation>« inputVolumeMul » va de 0 à 1 (le 0 dB de la console).</translation>
    </message>
    <message>
        <source>“inputVolumeDb” goes from -100 to 0 dB (the mixer&apos;s top).</source>
        <translation>« inputVolumeDb » va de -100 à 0 dB (le haut de la console).</translation>
    </message>
    <message>
        <source>Vitrine Studio has no virtual camera nor replay buffer.</source>
        <translation>Vitrine Studio n’a ni caméra virtuelle ni tampon de relecture.</translation>
    </message>
    <message>
        <source>“%1” is sold out: pinning it promotes what nobody can buy. Send &quot;confirm&quot;: true to pin it anyway.</source>
        <translation>« %1 » est épuisé : l’épingler promeut ce que personne ne peut acheter. Envoyez &quot;confirm&quot;: true pour l’épingler quand même.</translation>
    </message>
    <message>
        <source>No product has the SKU “%1”.</source>
        <translation>Aucun produit n’a le SKU « %1 ».</translation>
    </message>
    <message>
        <source>The run-of-show has no next segment.</source>
        <translation>Le conducteur n’a pas de segment suivant.</translation>
    </message>
    <message>
        <source>The show has no promo code “%1”.</source>
        <translation>L’émission n’a pas de code promo « %1 ».</translation>
    </message>
    <message>
        <source>“price” must be an amount such as &quot;19.90&quot;.</source>
        <translation>« price » doit être un montant comme &quot;19.90&quot;.</translation>
    </message>
    <message>
        <source>Unknown chat platform “%1” (twitch, youtube, facebook, custom).</source>
        <translation>Plateforme de chat inconnue « %1 » (twitch, youtube, facebook, custom).</translation>
    </message>
    <message>
        <source>No chat message “%1” from %2 is held by the studio.</source>
        <translation>Le studio n’a pas de message « %1 » de %2.</translation>
    </message>
    <message>
        <source>The answer could not be sent: %1</source>
        <translation>La réponse n’a pas pu être envoyée : %1</translation>
    </message>
    <message>
        <source>The notes are too long (%1 characters at most).</source>
        <translation>Les notes sont trop longues (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>%1 needs &quot;confirm&quot;: true, so a stray tap does nothing.</source>
        <translation>%1 demande &quot;confirm&quot;: true, pour qu’un appui par erreur ne fasse rien.</translation>
    </message>
    <message>
        <source>The “confirm” field must be true or false.</source>
        <translation>Le champ « confirm » doit être true ou false.</translation>
    </message>
    <message>
        <source>Starting the live</source>
        <translation>Le lancement du direct</translation>
    </message>
    <message>
        <source>Stopping the live</source>
        <translation>L’arrêt du direct</translation>
    </message>
    <message>
        <source>Starting the recording</source>
        <translation>Le lancement de l’enregistrement</translation>
    </message>
    <message>
        <source>Stopping the recording</source>
        <translation>L’arrêt de l’enregistrement</translation>
    </message>
</context>
<context>
    <name>vitrine::ShowReport</name>
    <message>
        <source>Whole export</source>
        <translation>Tout l’export</translation>
    </message>
    <message>
        <source>Live window</source>
        <translation>Fenêtre du live</translation>
    </message>
    <message>
        <source>Promo window</source>
        <translation>Fenêtre de la promo</translation>
    </message>
    <message>
        <source>24 h after the live</source>
        <translation>24 h après le live</translation>
    </message>
    <message>
        <source>48 h after the live</source>
        <translation>48 h après le live</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Chiffre d’affaires (%1)</translation>
    </message>
    <message>
        <source>Without refunded (%1)</source>
        <translation>Hors remboursées (%1)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Orders in the live</source>
        <translation>Commandes pendant le live</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Units in the live</source>
        <translation>Unités pendant le live</translation>
    </message>
    <message>
        <source>Units while pinned</source>
        <translation>Unités pendant l’épinglage</translation>
    </message>
    <message>
        <source>Minutes pinned</source>
        <translation>Minutes épinglé</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>Marques</translation>
    </message>
    <message>
        <source>Platforms (utm_source)</source>
        <translation>Plateformes (utm_source)</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Show report: %1</source>
        <translation>Rapport de l’émission : %1</translation>
    </message>
    <message>
        <source>Orders from the shop&apos;s export: %1 read, %2 cancelled (left out of every figure), %3 rows skipped. Money in %4, VAT included as exported.</source>
        <translation>Commandes de l’export de la boutique : %1 lues, %2 annulées (exclues de tous les chiffres), %3 lignes ignorées. Montants en %4, TVA comprise comme exportée.</translation>
    </message>
    <message>
        <source>Orders and revenue</source>
        <translation>Commandes et chiffre d’affaires</translation>
    </message>
    <message>
        <source>Discount codes</source>
        <translation>Codes de réduction</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Rows skipped</source>
        <translation>Lignes ignorées</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>vitrine::ShowReportMaker</name>
    <message>
        <source>%1 report</source>
        <translation>rapport %1</translation>
    </message>
    <message>
        <source>the event log %1 has no live (no live.start): give the live window with --live-window</source>
        <translation>le journal d’évènements %1 n’a pas de live (pas de live.start) : donnez la fenêtre du live avec --live-window</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
</context>
<context>
    <name>vitrine::ShowResume</name>
    <message>
        <source>pinned: %1</source>
        <translation>épinglé : %1</translation>
    </message>
    <message>
        <source>promo %1</source>
        <translation>promo %1</translation>
    </message>
    <message>
        <source>segment %1 of %2</source>
        <translation>séquence %1 sur %2</translation>
    </message>
    <message>
        <source>Restore the live state?</source>
        <translation>Restaurer l’état du direct ?</translation>
    </message>
    <message>
        <source>Vitrine did not close properly last time. Restore the pinned product, the running promo code and the run-of-show position?</source>
        <translation>Vitrine ne s’est pas fermé correctement la dernière fois. Restaurer le produit épinglé, le code promo en cours et la position dans le conducteur ?</translation>
    </message>
    <message>
        <source>Show in progress resumed (%1). Show ▸ End the show starts over.</source>
        <translation>Émission en cours reprise (%1). Émission ▸ Terminer l’émission pour repartir de zéro.</translation>
    </message>
</context>
<context>
    <name>vitrine::ShowStore</name>
    <message>
        <source>cannot save the show&apos;s session state %1: %2</source>
        <translation>impossible d’enregistrer l’état de session de l’émission %1 : %2</translation>
    </message>
</context>
<context>
    <name>vitrine::ShowTimeline</name>
    <message>
        <source>cannot read the event log %1: %2</source>
        <translation>impossible de lire le journal d’évènements %1 : %2</translation>
    </message>
    <message>
        <source>the event log %1 is corrupt: line %2 is not a JSON record</source>
        <translation>le journal d’évènements %1 est corrompu : la ligne %2 n’est pas un enregistrement JSON</translation>
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
        <translation>Verrouillée</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <source>Remove from the scene</source>
        <translation>Retirer de la scène</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Edit the source&apos;s properties</source>
        <translation>Modifier les propriétés de la source</translation>
    </message>
    <message>
        <source>Bring forward</source>
        <translation>Avancer</translation>
    </message>
    <message>
        <source>Send backward</source>
        <translation>Reculer</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>Fichier média</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Screen capture</source>
        <translation>Capture d&apos;écran</translation>
    </message>
    <message>
        <source>GStreamer pipeline</source>
        <translation>Pipeline GStreamer</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Micro</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Propriétés…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Bring &amp;forward</source>
        <translation>&amp;Avancer d’un plan</translation>
    </message>
    <message>
        <source>Send &amp;backward</source>
        <translation>&amp;Reculer d’un plan</translation>
    </message>
    <message>
        <source>&amp;Remove from the scene…</source>
        <translation>Re&amp;tirer de la scène…</translation>
    </message>
    <message>
        <source>Rename a source</source>
        <translation>Renommer une source</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Remove a source</source>
        <translation>Retirer une source</translation>
    </message>
    <message>
        <source>Remove “%1” from the scene “%2”? Undo brings it back.</source>
        <translation>Retirer « %1 » de la scène « %2 » ? Annuler la remet en place.</translation>
    </message>
    <message>
        <source>No camera connected</source>
        <translation>Aucune caméra branchée</translation>
    </message>
    <message>
        <source>No microphone connected</source>
        <translation>Aucun micro branché</translation>
    </message>
    <message>
        <source>No camera is connected to this computer, so this source would show nothing. Plug one in and it appears in the source’s properties by itself.</source>
        <translation>Aucune caméra n’est branchée sur cet ordinateur : cette source n’afficherait rien. Branchez-en une, elle apparaîtra d’elle-même dans les propriétés de la source.</translation>
    </message>
    <message>
        <source>No microphone is connected to this computer, so this source would be silent. Plug one in and it appears in the source’s properties by itself.</source>
        <translation>Aucun micro n’est branché sur cet ordinateur : cette source resterait muette. Branchez-en un, il apparaîtra de lui-même dans les propriétés de la source.</translation>
    </message>
    <message>
        <source>Add it anyway</source>
        <translation>L’ajouter quand même</translation>
    </message>
</context>
<context>
    <name>vitrine::StockRefresher</name>
    <message>
        <source>%1: no product in the feed</source>
        <translation>%1 : aucun produit dans le flux</translation>
    </message>
</context>
<context>
    <name>vitrine::StreamingChatConnector</name>
    <message>
        <source>connecting to %1</source>
        <translation>connexion à %1</translation>
    </message>
    <message>
        <source>%1; reconnecting in %2 s</source>
        <translation>%1 ; reconnexion dans %2 s</translation>
    </message>
</context>
<context>
    <name>vitrine::StudioView</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>The vertical program shows here while it is live or recorded.</source>
        <translation>Le programme vertical s’affiche ici pendant qu’il est en direct ou enregistré.</translation>
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
        <translation>&lt;b&gt;Réponse suggérée :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Send on %1</source>
        <translation>Envoyer sur %1</translation>
    </message>
    <message>
        <source>Sends this reply to the %1 chat the question came from and marks it answered</source>
        <translation>Envoie cette réponse dans le chat %1 d&apos;où vient la question et la marque comme répondue</translation>
    </message>
</context>
<context>
    <name>vitrine::TokenStore</name>
    <message>
        <source>No system keychain is available (%1). Start a keyring service (GNOME Keyring, KWallet) so sign-ins and stream keys can be kept safely.</source>
        <translation>Aucun trousseau de clés système n&apos;est disponible (%1). Lancez un service de trousseau (GNOME Keyring, KWallet) afin que les connexions et les clés de stream soient conservées en sécurité.</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1).</source>
        <translation>Le trousseau de clés système a refusé l&apos;accès (%1).</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>Échec du trousseau de clés système : %1</translation>
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
        <translation>Envoyer l&apos;aperçu au programme</translation>
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
        <translation>aucun trafic de Twitch depuis %1 s</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>Twitch sent a line that could not be read (%1)</source>
        <translation>Twitch a envoyé une ligne illisible (%1)</translation>
    </message>
    <message>
        <source>Twitch asked to reconnect</source>
        <translation>Twitch a demandé une reconnexion</translation>
    </message>
    <message>
        <source>Twitch refused the token: %1</source>
        <translation>Twitch a refusé le jeton : %1</translation>
    </message>
    <message>
        <source>Twitch refused the token; sign in again.</source>
        <translation>Twitch a refusé le jeton ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>Twitch: %1</source>
        <translation>Twitch : %1</translation>
    </message>
    <message>
        <source>Not connected to Twitch chat; the message was not sent.</source>
        <translation>Non connecté au chat Twitch ; le message n&apos;a pas été envoyé.</translation>
    </message>
    <message>
        <source>Twitch: reading anonymously — sign in to post</source>
        <translation>Twitch : lecture anonyme — connectez-vous pour publier</translation>
    </message>
    <message>
        <source>Twitch: reading anonymously — sign in as a moderator to moderate</source>
        <translation>Twitch : lecture anonyme — connectez-vous en tant que modérateur pour modérer</translation>
    </message>
    <message>
        <source>Twitch: moderating needs the Helix API — give the application’s client id (VITRINE_TWITCH_CLIENT_ID)</source>
        <translation>Twitch : la modération passe par l’API Helix — indiquez l’identifiant client de l’application (VITRINE_TWITCH_CLIENT_ID)</translation>
    </message>
    <message>
        <source>#%1 through EventSub</source>
        <translation>#%1 via EventSub</translation>
    </message>
    <message>
        <source>Twitch sent an EventSub frame that could not be read (%1)</source>
        <translation>Twitch a envoyé une trame EventSub illisible (%1)</translation>
    </message>
    <message>
        <source>no keepalive from Twitch EventSub for %1 s</source>
        <translation>aucun keepalive de Twitch EventSub depuis %1 s</translation>
    </message>
    <message>
        <source>Twitch EventSub is not available (%1); reading the chat through IRC.</source>
        <translation>Twitch EventSub n’est pas disponible (%1) ; le chat est lu via IRC.</translation>
    </message>
    <message>
        <source>switching to IRC</source>
        <translation>passage à IRC</translation>
    </message>
    <message>
        <source>#%1 through IRC</source>
        <translation>#%1 via IRC</translation>
    </message>
</context>
<context>
    <name>vitrine::TwitchEventSub</name>
    <message>
        <source>no welcome from Twitch EventSub within %1 s</source>
        <translation>aucun accueil de Twitch EventSub en %1 s</translation>
    </message>
    <message>
        <source>Twitch EventSub closed the connection</source>
        <translation>Twitch EventSub a fermé la connexion</translation>
    </message>
    <message>
        <source>Twitch closed the EventSub connection: %1 (%2)</source>
        <translation>Twitch a fermé la connexion EventSub : %1 (%2)</translation>
    </message>
    <message>
        <source>Twitch revoked the %1 subscription (%2)</source>
        <translation>Twitch a révoqué l’abonnement %1 (%2)</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>no Helix API to subscribe with</source>
        <translation>pas d’API Helix pour s’abonner</translation>
    </message>
</context>
<context>
    <name>vitrine::TwitchEventSubFrame</name>
    <message>
        <source>not JSON (%1)</source>
        <translation>pas du JSON (%1)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>a frame without metadata.message_type</source>
        <translation>une trame sans metadata.message_type</translation>
    </message>
    <message>
        <source>a welcome without payload.session.id</source>
        <translation>un accueil sans payload.session.id</translation>
    </message>
    <message>
        <source>a reconnect without a WebSocket reconnect_url</source>
        <translation>une reconnexion sans reconnect_url WebSocket</translation>
    </message>
    <message>
        <source>a notification without its subscription type</source>
        <translation>une notification sans son type d’abonnement</translation>
    </message>
    <message>
        <source>a %1 notification without its event</source>
        <translation>une notification %1 sans son évènement</translation>
    </message>
</context>
<context>
    <name>vitrine::TwitchHelix</name>
    <message>
        <source>Twitch answered %1: %2</source>
        <translation>Twitch a répondu %1 : %2</translation>
    </message>
    <message>
        <source>Twitch did not say who the token belongs to</source>
        <translation>Twitch n’a pas indiqué à qui appartient le jeton</translation>
    </message>
    <message>
        <source>Twitch did not find the channel %1</source>
        <translation>Twitch n’a pas trouvé la chaîne %1</translation>
    </message>
    <message>
        <source>%1: no such user</source>
        <translation>%1 : utilisateur inconnu</translation>
    </message>
    <message>
        <source>The message was not posted to Twitch</source>
        <translation>Le message n’a pas été publié sur Twitch</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Twitch dropped it</source>
        <translation>Twitch l’a écarté</translation>
    </message>
    <message>
        <source>The message was not deleted on Twitch</source>
        <translation>Le message n’a pas été supprimé sur Twitch</translation>
    </message>
    <message>
        <source>The author was not timed out on Twitch</source>
        <translation>L’auteur n’a pas été exclu temporairement sur Twitch</translation>
    </message>
    <message>
        <source>The author was not banned on Twitch</source>
        <translation>L’auteur n’a pas été banni sur Twitch</translation>
    </message>
    <message>
        <source>subscribing to %1</source>
        <translation>abonnement à %1</translation>
    </message>
</context>
<context>
    <name>vitrine::VerticalCanvas</name>
    <message>
        <source>invalid vertical canvas %1×%2</source>
        <translation>canevas vertical %1×%2 invalide</translation>
    </message>
    <message>
        <source>the vertical canvas needs libobs&apos;s video to be running</source>
        <translation>le canevas vertical demande que la vidéo de libobs tourne</translation>
    </message>
    <message>
        <source>libobs could not create the vertical canvas (%1×%2)</source>
        <translation>libobs n’a pas pu créer le canevas vertical (%1×%2)</translation>
    </message>
</context>
<context>
    <name>vitrine::ViewerPoller</name>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>la réponse n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>the answer has no video list</source>
        <translation>la réponse n’a pas de liste de vidéos</translation>
    </message>
    <message>
        <source>concurrentViewers is not a number</source>
        <translation>concurrentViewers n’est pas un nombre</translation>
    </message>
    <message>
        <source>the answer has no stream list</source>
        <translation>la réponse n’a pas de liste de diffusions</translation>
    </message>
    <message>
        <source>viewer_count is not a number</source>
        <translation>viewer_count n’est pas un nombre</translation>
    </message>
    <message>
        <source>live_views is not a number</source>
        <translation>live_views n’est pas un nombre</translation>
    </message>
    <message>
        <source>The viewers of %1 were not read</source>
        <translation>Les spectateurs de %1 n’ont pas été lus</translation>
    </message>
    <message>
        <source>The viewers of %1 were not read: %2</source>
        <translation>Les spectateurs de %1 n’ont pas été lus : %2</translation>
    </message>
</context>
<context>
    <name>vitrine::VolumeMeter</name>
    <message>
        <source>Audio level</source>
        <translation>Niveau audio</translation>
    </message>
</context>
<context>
    <name>vitrine::WindowMenus</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Studio mode</source>
        <translation>Mode &amp;studio</translation>
    </message>
    <message>
        <source>S&amp;cene</source>
        <translation>S&amp;cène</translation>
    </message>
    <message>
        <source>&amp;Transition</source>
        <translation>&amp;Transition</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>É&amp;mission</translation>
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
        <translation>&amp;Importer un catalogue…</translation>
    </message>
    <message>
        <source>&amp;End the show…</source>
        <translation>&amp;Terminer l’émission…</translation>
    </message>
    <message>
        <source>Unpin, stop the promo and the flash sale, and start the run-of-show over</source>
        <translation>Désépingler, arrêter la promo et la vente flash, et reprendre le conducteur au début</translation>
    </message>
    <message>
        <source>End the show?</source>
        <translation>Terminer l’émission ?</translation>
    </message>
    <message>
        <source>The pinned product, the running promo code and flash sale come off air and the run-of-show starts over. The show&apos;s products, scenes and figures stay.</source>
        <translation>Le produit épinglé, le code promo et la vente flash en cours quittent l’antenne et le conducteur repart du début. Les produits, les scènes et les chiffres de l’émission restent.</translation>
    </message>
    <message>
        <source>Show d&amp;etails…</source>
        <translation>Dé&amp;tails de l&apos;émission…</translation>
    </message>
    <message>
        <source>&amp;Review a replay…</source>
        <translation>&amp;Revoir un replay…</translation>
    </message>
    <message>
        <source>Show &amp;report…</source>
        <translation>&amp;Rapport de l’émission…</translation>
    </message>
    <message>
        <source>The shop&apos;s orders export</source>
        <translation>L’export des commandes de la boutique</translation>
    </message>
    <message>
        <source>Shopify orders export (*.csv);;All files (*)</source>
        <translation>Export de commandes Shopify (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No report</source>
        <translation>Pas de rapport</translation>
    </message>
    <message numerus="yes">
        <source>The report of %n order(s) is in %1.</source>
        <translation>
            <numerusform>Le rapport de %n commande est dans %1.</numerusform>
            <numerusform>Le rapport de %n commandes est dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the export were skipped:</source>
        <translation>
            <numerusform>%n ligne de l’export a été ignorée :</numerusform>
            <numerusform>%n lignes de l’export ont été ignorées :</numerusform>
        </translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>Rapport de l’émission</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <source>Review a replay</source>
        <translation>Revoir un replay</translation>
    </message>
    <message>
        <source>Replays (*.mp4);;All files (*)</source>
        <translation>Replays (*.mp4);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Presenter view</source>
        <translation>Vue &amp;présentateur</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Vue présentateur</translation>
    </message>
    <message>
        <source>Producer re&amp;mote…</source>
        <translation>Régie à dis&amp;tance…</translation>
    </message>
</context>
<context>
    <name>vitrine::YouTubeChatPage</name>
    <message>
        <source>the YouTube chat page is not a JSON object (%1)</source>
        <translation>la page de chat YouTube n&apos;est pas un objet JSON (%1)</translation>
    </message>
    <message>
        <source>the YouTube chat page&apos;s items are not a list</source>
        <translation>les éléments (items) de la page de chat YouTube ne sont pas une liste</translation>
    </message>
    <message>
        <source>the answer is not a YouTube chat page (no items)</source>
        <translation>la réponse n&apos;est pas une page de chat YouTube (pas d&apos;items)</translation>
    </message>
    <message>
        <source>the answer is not a YouTube broadcast list</source>
        <translation>la réponse n&apos;est pas une liste de diffusions YouTube</translation>
    </message>
</context>
<context>
    <name>vitrine::YouTubeConnector</name>
    <message>
        <source>polling %1</source>
        <translation>interrogation de %1</translation>
    </message>
    <message>
        <source>YouTube answered %1: %2</source>
        <translation>YouTube a répondu %1 : %2</translation>
    </message>
    <message>
        <source>YouTube answered HTTP %1</source>
        <translation>YouTube a répondu HTTP %1</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>YouTube has no live broadcast with id %1</source>
        <translation>YouTube n&apos;a aucune diffusion en direct avec l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>the broadcast %1 has no live chat yet</source>
        <translation>la diffusion %1 n&apos;a pas encore de chat en direct</translation>
    </message>
    <message>
        <source>YouTube sent a chat page that could not be read: %1</source>
        <translation>YouTube a envoyé une page de chat illisible : %1</translation>
    </message>
    <message>
        <source>the live chat ended at %1</source>
        <translation>le chat en direct s&apos;est terminé à %1</translation>
    </message>
    <message>
        <source>%1; retrying in %2 s</source>
        <translation>%1 ; nouvel essai dans %2 s</translation>
    </message>
    <message>
        <source>the live ended; waiting for the channel’s next live</source>
        <translation>le direct est terminé ; en attente du prochain direct de la chaîne</translation>
    </message>
    <message>
        <source>YouTube: signed in with an API key only — sign in to post</source>
        <translation>YouTube : connecté avec une clé d’API seulement — connectez-vous pour publier</translation>
    </message>
    <message>
        <source>YouTube: signed in with an API key only — sign in to moderate</source>
        <translation>YouTube : connecté avec une clé d’API seulement — connectez-vous pour modérer</translation>
    </message>
    <message>
        <source>%1: the live chat has not been found yet</source>
        <translation>%1 : le chat du direct n’a pas encore été trouvé</translation>
    </message>
    <message>
        <source>The message was not posted to YouTube</source>
        <translation>Le message n’a pas été publié sur YouTube</translation>
    </message>
    <message>
        <source>The message was not deleted on YouTube</source>
        <translation>Le message n’a pas été supprimé sur YouTube</translation>
    </message>
    <message>
        <source>The author was not timed out on YouTube</source>
        <translation>L’auteur n’a pas été exclu temporairement sur YouTube</translation>
    </message>
    <message>
        <source>The author was not banned on YouTube</source>
        <translation>L’auteur n’a pas été banni sur YouTube</translation>
    </message>
</context>
<context>
    <name>vitrine::YouTubeLiveChatResolver</name>
    <message>
        <source>“%1” is not a YouTube video, channel or handle</source>
        <translation>« %1 » n’est ni une vidéo, ni une chaîne, ni un @identifiant YouTube</translation>
    </message>
    <message>
        <source>YouTube answered %1: %2</source>
        <translation>YouTube a répondu %1 : %2</translation>
    </message>
    <message>
        <source>YouTube answered HTTP %1</source>
        <translation>YouTube a répondu HTTP %1</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>YouTube has no channel @%1; check the address</source>
        <translation>YouTube n’a pas de chaîne @%1 ; vérifiez l’adresse</translation>
    </message>
    <message>
        <source>the channel %1 has no live broadcast right now; the chat connects once it goes live</source>
        <translation>la chaîne %1 n’a pas de direct en ce moment ; le chat se connectera dès qu’elle sera en direct</translation>
    </message>
    <message>
        <source>YouTube has no video %1; check the address</source>
        <translation>YouTube n’a pas de vidéo %1 ; vérifiez l’adresse</translation>
    </message>
    <message>
        <source>the video %1 is not a live broadcast, so it has no live chat</source>
        <translation>la vidéo %1 n’est pas un direct, elle n’a donc pas de chat en direct</translation>
    </message>
    <message>
        <source>the live %1 has ended</source>
        <translation>le direct %1 est terminé</translation>
    </message>
    <message>
        <source>the live %1 has no chat yet (not started, or its chat is turned off)</source>
        <translation>le direct %1 n’a pas encore de chat (pas commencé, ou chat désactivé)</translation>
    </message>
    <message>
        <source>the answer is not a YouTube channel list</source>
        <translation>la réponse n’est pas une liste de chaînes YouTube</translation>
    </message>
    <message>
        <source>the answer is not a YouTube search result</source>
        <translation>la réponse n’est pas un résultat de recherche YouTube</translation>
    </message>
    <message>
        <source>the answer is not a YouTube video list</source>
        <translation>la réponse n’est pas une liste de vidéos YouTube</translation>
    </message>
    <message>
        <source>following your own channel’s live needs you to sign in to YouTube (Chats › Accounts)</source>
        <translation>suivre le live de votre propre chaîne demande de vous connecter à YouTube (Chats › Comptes)</translation>
    </message>
    <message>
        <source>your channel has no live broadcast right now; the chat connects once it goes live</source>
        <translation>votre chaîne n’a pas de live en ce moment ; le chat se connectera dès le début du direct</translation>
    </message>
    <message>
        <source>the answer is not a YouTube broadcast list</source>
        <translation>la réponse n’est pas une liste de diffusions YouTube</translation>
    </message>
</context>
</TS>
