#!/usr/bin/env bash
# Makes the anchor show's media (not committed): a 1280×720 H.264 clip of testsrc2 with a sine tone,
# and a 400×400 PNG. Idempotent.
set -euo pipefail
dir="$(cd "$(dirname "$0")" && pwd)/media"
mkdir -p "$dir"
if [ ! -s "$dir/anchor-clip.mp4" ]; then
  ffmpeg -hide_banner -loglevel error -y -f lavfi -i testsrc2=size=1280x720:rate=30 -f lavfi -i sine=frequency=440:sample_rate=48000 \
    -t 20 -c:v libx264 -preset veryfast -pix_fmt yuv420p -g 60 -b:v 3000k -c:a aac -b:a 128k -shortest "$dir/anchor-clip.mp4"
fi
if [ ! -s "$dir/anchor-product.png" ]; then
  ffmpeg -hide_banner -loglevel error -y -f lavfi -i "testsrc=size=400x400:rate=1" -frames:v 1 "$dir/anchor-product.png"
fi
echo "$dir"
