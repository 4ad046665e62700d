#include <doctest/doctest.h>

#include "core/link/Url.h"

using namespace shotscape;

TEST_CASE("relative and http(s) URLs may be fetched") {
  CHECK(urlProblem("set.jpg").empty());
  CHECK(urlProblem("../media/set.jpg?v=2#x").empty());
  CHECK(urlProblem("/demo/set.jpg").empty());
  CHECK(urlProblem("https://cdn.example.com/a.jpg").empty());
  CHECK(urlProblem("HTTP://example.com/a:b.jpg").empty());
  CHECK(urlProblem("a.jpg?time=10:30").empty());
}

TEST_CASE("other schemes, credentials and control characters are refused with a reason") {
  CHECK(urlProblem("javascript:alert(1)") == "unsupported URL scheme \"javascript:\"; expected http(s) or a relative URL");
  CHECK(urlProblem("  JavaScript:alert(1)") == "unsupported URL scheme \"javascript:\"; expected http(s) or a relative URL");
  CHECK(urlProblem("data:image/png;base64,AAAA") == "unsupported URL scheme \"data:\"; expected http(s) or a relative URL");
  CHECK(urlProblem("file:///etc/passwd") == "unsupported URL scheme \"file:\"; expected http(s) or a relative URL");
  CHECK(urlProblem("https://user:pass@example.com/a.jpg") == "URL must not contain credentials");
  CHECK(urlProblem("//user@example.com/a.jpg") == "URL must not contain credentials");
  CHECK(urlProblem("java\tscript:alert(1)") == "URL contains control characters");
  CHECK(urlProblem("") == "expected a non-empty URL");
}
