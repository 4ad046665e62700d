# embed.html is index.html made for iframes: <html data-embed> (index.js then hides the chrome and
# leaves the address alone), its own title, embed.js (the postMessage API), no share-card tags and
# no demo poster (an embed shows whatever shot its link names).
# cmake -DIN=web/index.html -DOUT=build/web/embed.html -P tools/make-embed-page.cmake
file(READ "${IN}" html)
foreach(pair
    "<html lang=\"en\">|<html lang=\"en\" data-embed=\"\">"
    "<title>Shotscape — 360° shots</title>|<title>Shotscape — embedded 360° shot</title>"
    "<!-- share-meta -->\n|"
    "<img class=\"poster\" src=\"demo/share/share.jpg\" alt=\"\" width=\"1200\" height=\"630\" fetchpriority=\"high\">\n|"
    "<script src=\"index.js\"></script>|<script src=\"embed.js\"></script>\n<script src=\"index.js\"></script>")
  string(FIND "${pair}" "|" bar)
  string(SUBSTRING "${pair}" 0 ${bar} from)
  math(EXPR after "${bar} + 1")
  string(SUBSTRING "${pair}" ${after} -1 to)
  string(FIND "${html}" "${from}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${IN}: expected \"${from}\" to make embed.html from it")
  endif()
  string(REPLACE "${from}" "${to}" html "${html}")
endforeach()
file(WRITE "${OUT}" "${html}")
