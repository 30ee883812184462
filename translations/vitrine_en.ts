<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>vitrine</name>
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
    <message>
        <source>line %1, column %2</source>
        <translation>line %1, column %2</translation>
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
        <translation>Vitrine Studio — a studio for live shopping shows.

  vitrine [SHOW]                 open the studio window, on SHOW if given
  vitrine --headless --show FILE [--stream rtmp://HOST[:PORT]/APP/KEY]
          [--record OUT.mkv] [--duration SECONDS]
                                 run a show without a window (automation, tests, benchmarks)

The headless runner still needs an X11 display (on a server: xvfb-run). It exits 0 when the run went
as asked and prints the run&apos;s figures as key=value pairs on its last line of standard output:
frames_rendered, frames_lagged, frames_skipped, frames_dropped, bytes_sent, cpu_seconds (whole process),
run_cpu_seconds (while outputs ran), peak_rss_kib, duration_seconds, avg_render_ms.
Errors go to standard error; fatal errors exit 2.</translation>
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
</context>
</TS>
