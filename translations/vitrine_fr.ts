<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
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
        <source>Stream to an RTMP(S) ingest: rtmp://HOST[:PORT]/APP/KEY.</source>
        <translation>Diffuser vers un serveur d’ingestion RTMP(S) : rtmp://HOST[:PORT]/APP/KEY.</translation>
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
        <source>Print libobs's own log.</source>
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
        <translation>Vitrine Studio — un studio pour les émissions de live shopping.

  vitrine [ÉMISSION]             ouvre la fenêtre du studio, sur ÉMISSION si indiquée
  vitrine --headless --show FICHIER [--stream rtmp://HOST[:PORT]/APP/KEY]
          [--record SORTIE.mkv] [--duration SECONDES]
                                 exécute une émission sans fenêtre (automatisation, tests, benchmarks)

Le mode sans fenêtre nécessite tout de même un affichage X11 (sur un serveur : xvfb-run). Il renvoie le
code 0 si l’exécution s’est déroulée comme demandé et affiche les mesures de l’exécution sous forme de
paires key=value sur sa dernière ligne de sortie standard :
frames_rendered, frames_lagged, frames_skipped, frames_dropped, bytes_sent, cpu_seconds (processus entier),
run_cpu_seconds (pendant que les sorties tournaient), peak_rss_kib, duration_seconds, avg_render_ms.
Les erreurs sont écrites sur la sortie d’erreur standard ; en cas d’erreur fatale, le code de retour est 2.</translation>
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
        <source>the file is not UTF-8; it was read as Windows-1252 (Excel's "CSV" on Windows): check accented letters</source>
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
        <source>the first row of "%1" has no title (or an earlier row of it was skipped); row skipped</source>
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
        <source>duplicate SKU "%1" (first on row %2); this row is skipped</source>
        <translation>référence (SKU) « %1 » en double (première occurrence à la ligne %2) ; cette ligne est ignorée</translation>
    </message>
    <message>
        <source>the price "%1" is negative; row skipped</source>
        <translation>le prix « %1 » est négatif ; ligne ignorée</translation>
    </message>
    <message>
        <source>"%1" is not a price; row skipped</source>
        <translation>« %1 » n’est pas un prix ; ligne ignorée</translation>
    </message>
    <message>
        <source>"%1" is not a price; the compare-at price is ignored</source>
        <translation>« %1 » n’est pas un prix ; le prix avant réduction est ignoré</translation>
    </message>
    <message>
        <source>"%1" is not a stock count; the stock is left unknown</source>
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
        <source>a quoted field opened here is never closed (missing '"')</source>
        <translation>un champ entre guillemets ouvert ici n’est jamais fermé (il manque un '"')</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote (a '"' inside a quoted field must be doubled)</source>
        <translation>texte inattendu après un guillemet fermant (un '"' à l’intérieur d’un champ entre guillemets doit être doublé)</translation>
    </message>
    <message>
        <source>a '"' inside a field that does not start with one (the field should be quoted and its quotes doubled)</source>
        <translation>un '"' dans un champ qui ne commence pas par un guillemet (le champ devrait être entre guillemets et ses guillemets doublés)</translation>
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
        <source>graphics initialisation failed (is Mesa's OpenGL installed?)</source>
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
        <source>cannot write the show's event log %1: %2</source>
        <translation>impossible d’écrire le journal des événements de l’émission %1 : %2</translation>
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
        <source>%1: connection lost, reconnecting</source>
        <translation>%1 : connexion perdue, reconnexion en cours</translation>
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
        <source>output</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>outputs did not stop within 15 s; stopping them forcibly</source>
        <translation>les sorties ne se sont pas arrêtées dans le délai de 15 s ; arrêt forcé</translation>
    </message>
    <message>
        <source> (cannot open “%1”)</source>
        <translation> (impossible d’ouvrir « %1 »)</translation>
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
        <translation>Scènes</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
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
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Recording to %1</source>
        <translation>Enregistrement dans %1</translation>
    </message>
    <message>
        <source>Recording stopped</source>
        <translation>Enregistrement arrêté</translation>
    </message>
    <message>
        <source>Render %1 ms · lagged %2 of %3 frames</source>
        <translation>Rendu %1 ms · images en retard : %2 sur %3</translation>
    </message>
    <message>
        <source>Stop recording?</source>
        <translation>Arrêter l’enregistrement ?</translation>
    </message>
    <message>
        <source>A recording is running. Stop it and quit?</source>
        <translation>Un enregistrement est en cours. L’arrêter et quitter ?</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
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
        <source>Import catalogue…</source>
        <translation>Importer un catalogue…</translation>
    </message>
    <message>
        <source>Import products from a CSV, a Shopify products.json or a Google Merchant feed</source>
        <translation>Importer des produits depuis un CSV, un products.json Shopify ou un flux Google Merchant</translation>
    </message>
    <message>
        <source>Import a catalogue</source>
        <translation>Importer un catalogue</translation>
    </message>
    <message>
        <source>Catalogues (*.csv *.json *.xml *.rss *.atom);;All files (*)</source>
        <translation>Catalogues (*.csv *.json *.xml *.rss *.atom);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Rien à importer</translation>
    </message>
    <message>
        <source>No product could be read from %1.</source>
        <translation>Aucun produit n’a pu être lu dans %1.</translation>
    </message>
    <message>
        <source>Import the catalogue?</source>
        <translation>Importer le catalogue ?</translation>
    </message>
    <message>
        <source>%1 products read from %2: %3 new, %4 updated, %5 unchanged; %6 in the show but not in the file (kept).
%7 errors, %8 warnings.</source>
        <translation>%1 produits lus dans %2 : %3 nouveaux, %4 mis à jour, %5 inchangés ; %6 dans l’émission mais absents du fichier (conservés).
%7 erreurs, %8 avertissements.</translation>
    </message>
    <message numerus="yes">
        <source>Catalogue imported: %n products</source>
        <translation><numerusform>Catalogue importé : %n produit</numerusform><numerusform>Catalogue importé : %n produits</numerusform></translation>
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
        <source>cannot fetch the feed "%1": only http, https and file URLs are read</source>
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
        <source>duplicate id "%1" (first at line %2); this item is skipped</source>
        <translation>id « %1 » en double (première occurrence à la ligne %2) ; cet article est ignoré</translation>
    </message>
    <message>
        <source>item "%1" has no price; it is skipped</source>
        <translation>l’article « %1 » n’a pas de prix ; il est ignoré</translation>
    </message>
    <message>
        <source>"%1" is not a price (expected an amount and a currency such as "89.99 EUR"); item "%2" is skipped</source>
        <translation>« %1 » n’est pas un prix (format attendu : un montant et une devise, p. ex. « 89.99 EUR ») ; l’article « %2 » est ignoré</translation>
    </message>
    <message>
        <source>unknown availability "%1" (expected in_stock, out_of_stock, preorder or backorder); item "%2" is taken as out of stock</source>
        <translation>disponibilité « %1 » inconnue (valeurs attendues : in_stock, out_of_stock, preorder ou backorder) ; l’article « %2 » est considéré comme épuisé</translation>
    </message>
    <message>
        <source>"%1" is not a quantity; the stock of item "%2" is unknown</source>
        <translation>« %1 » n’est pas une quantité ; le stock de l’article « %2 » est inconnu</translation>
    </message>
    <message>
        <source>item "%1" has no title; its id is used instead</source>
        <translation>l’article « %1 » n’a pas de titre ; son id est utilisé à la place</translation>
    </message>
    <message>
        <source>id "%1" is also the item_group_id of other items; this item is skipped</source>
        <translation>l’id « %1 » est aussi l’item_group_id d’autres articles ; cet article est ignoré</translation>
    </message>
    <message>
        <source>group "%1" is also the id of another item; item "%2" is skipped</source>
        <translation>le groupe « %1 » est aussi l’id d’un autre article ; l’article « %2 » est ignoré</translation>
    </message>
    <message>
        <source>"%1" is not a price; the sale price is ignored</source>
        <translation>« %1 » n’est pas un prix ; le prix promotionnel est ignoré</translation>
    </message>
    <message>
        <source>the sale price is in %1 but the price in %2; the sale price is ignored</source>
        <translation>le prix promotionnel est en %1 mais le prix en %2 ; le prix promotionnel est ignoré</translation>
    </message>
    <message>
        <source>"%1" is not a date range (expected start/end in ISO 8601, such as 2026-11-20T00:00+01:00/2026-11-30T23:59+01:00); the sale price is ignored</source>
        <translation>« %1 » n’est pas une période valide (format attendu : début/fin en ISO 8601, p. ex. 2026-11-20T00:00+01:00/2026-11-30T23:59+01:00) ; le prix promotionnel est ignoré</translation>
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
        <source>libobs could not create the output (is the module installed?)</source>
        <translation>libobs n’a pas pu créer la sortie (le module est-il installé ?)</translation>
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
        <source>Show the selected product on air (Ctrl+P)</source>
        <translation>Afficher le produit sélectionné à l’antenne (Ctrl+P)</translation>
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
        <source>Run of show</source>
        <translation>Conducteur</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Start the next segment and pin its product (Ctrl+N)</source>
        <translation>Lancer la séquence suivante et épingler son produit (Ctrl+N)</translation>
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
        <source>expected an object with a "products" array (a Shopify /products.json)</source>
        <translation>un objet contenant un tableau "products" était attendu (un /products.json de Shopify)</translation>
    </message>
    <message>
        <source>"products" is not an array</source>
        <translation>"products" n’est pas un tableau</translation>
    </message>
    <message>
        <source>a product is not an object; skipped</source>
        <translation>un produit n’est pas un objet ; ignoré</translation>
    </message>
    <message>
        <source>no "products" array: this is not a Shopify /products.json</source>
        <translation>aucun tableau "products" : ce n’est pas un /products.json de Shopify</translation>
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
        <source>an image without "src"; ignored</source>
        <translation>une image sans "src" ; ignorée</translation>
    </message>
    <message>
        <source>"images" is not an array; ignored</source>
        <translation>"images" n’est pas un tableau ; ignoré</translation>
    </message>
    <message>
        <source>the product has no variants, hence no price; skipped</source>
        <translation>le produit n’a pas de variantes, donc pas de prix ; ignoré</translation>
    </message>
    <message>
        <source>"variants" is missing or not an array; product skipped</source>
        <translation>"variants" est absent ou n’est pas un tableau ; produit ignoré</translation>
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
        <source>duplicate SKU "%1" (first at %2); this variant is skipped</source>
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
        <source>"%1" is not a price; variant skipped</source>
        <translation>« %1 » n’est pas un prix ; variante ignorée</translation>
    </message>
    <message>
        <source>the compare-at price is not a price; ignored</source>
        <translation>le prix avant réduction n’est pas un prix valide ; ignoré</translation>
    </message>
    <message>
        <source>"available" is not true or false; ignored</source>
        <translation>"available" ne vaut ni true ni false ; ignoré</translation>
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
        <source>%1 is not a Vitrine show file (no "format": "vitrine-show")</source>
        <translation>%1 n’est pas un fichier d’émission Vitrine (pas de "format": "vitrine-show")</translation>
    </message>
    <message>
        <source>%1 has no valid integer "version"</source>
        <translation>%1 ne contient pas d’entier "version" valide</translation>
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
</context>
<context>
    <name>vitrine::ShowStore</name>
    <message>
        <source>cannot save the show's session state %1: %2</source>
        <translation>impossible d’enregistrer l’état de session de l’émission %1 : %2</translation>
    </message>
</context>
</TS>