# Sourced by run.sh and compare.sh: where to send the load, read from the running site itself.

# article_paths BASE_URL FILE: up to 2,000 article paths from the sitemap (its second file when it is an index).
article_paths() {
  local sitemap
  sitemap=$(curl -fs "$1/sitemap.xml")
  if grep -q "<sitemapindex" <<<"$sitemap"; then sitemap=$(curl -fs "$1/sitemap-2.xml"); fi
  # head closes the pipe early: SIGPIPE is expected.
  grep -o '<loc>[^<]*/news/[^<]*</loc>' <<<"$sitemap" | sed -e 's/<loc>[^/]*\/\/[^/]*//' -e 's/<\/loc>//' | head -2000 > "$2" || true
}

# first_section BASE_URL: the path of the first section the front page links to.
first_section() {
  curl -fs "$1/" | grep -o '/section/[a-z-]*' | head -1 || true
}
