#!/usr/bin/env bash
# Independent computation of the committed rendition vectors: openssl, not the application's code.
secret='test-image-service-secret-not-for-production'
base='https://images.example.com'
enc() { python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1],safe="-._~"))' "$1"; }
vec() { # name source w h left top right bottom format
  local canonical="/$5x$6:$7x$8/$3x$4/filters:format($9)/$(enc "$2")"
  local sig=$(printf '%s' "$canonical" | openssl dgst -sha256 -hmac "$secret" -binary | base64 | tr '+/' '-_' | tr -d '=')
  printf '    {"name": "%s", "source": "%s", "width": %s, "height": %s,\n     "crop": {"left": %s, "top": %s, "right": %s, "bottom": %s}, "format": "%s",\n     "canonical": "%s",\n     "signature": "%s",\n     "url": "%s/%s%s"}' "$1" "$2" "$3" "$4" "$5" "$6" "$7" "$8" "$9" "$canonical" "$sig" "$base" "$sig" "$canonical"
}
echo '{'
echo '  "about": "Rendition URLs of the test configuration, computed outside the application with openssl dgst -sha256 -hmac and base64url (see the header of RenditionVectorsTest). Crops follow README Media: the largest crop of the ratio, centred on the focal point, held inside the master.",'
echo "  \"secret\": \"$secret\","
echo "  \"baseUrl\": \"$base\","
echo '  "pathTemplate": "/{cropLeft}x{cropTop}:{cropRight}x{cropBottom}/{width}x{height}/filters:format({format})/{source}",'
echo '  "vectors": ['
vec "16:9 of a 16:9 master is the whole image" "https://media.example.com/vectors/harbour.jpg" 640 360 0 0 1600 900 webp; echo ','
vec "1:1 of a 1600x900 master, focal 0.5/0.4" "https://media.example.com/vectors/harbour.jpg" 640 640 350 0 1250 900 webp; echo ','
vec "4:3 of a 1600x900 master, focal 0.5/0.4" "https://media.example.com/vectors/harbour.jpg" 960 720 200 0 1400 900 webp; echo ','
vec "1:1 with the focal point on the right edge (x=1) stays inside" "https://media.example.com/vectors/edge.jpg" 640 640 400 0 1200 800 webp; echo ','
vec "16:9 with the focal point on the top edge (y=0) stays inside" "https://media.example.com/vectors/edge.jpg" 960 540 0 0 1200 675 webp; echo ','
vec "16:9 of a portrait master, focal point in the bottom-left corner (0/1)" "https://media.example.com/vectors/portrait.jpg?v=2&lang=ko" 640 360 0 1094 900 1600 webp
echo
echo '  ]'
echo '}'
