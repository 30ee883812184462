<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>vitrine</name>
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
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
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
        <source>Vitrine Studio — a studio for live shopping shows.

  vitrine [SHOW]                 open the studio window, on SHOW if given
  vitrine --headless --show FILE [--stream rtmp://HOST[:PORT]/APP/KEY]
          [--record OUT.mkv] [--duration SECONDS]
                                 run a show without a window (automation, tests, benchmarks)

The headless runner still needs an X11 display (on a server: xvfb-run). It exits 0 when the run went
as asked and prints the run&apos;s figures as key=value pairs on its last line of standard output:
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
</context>
</TS>
