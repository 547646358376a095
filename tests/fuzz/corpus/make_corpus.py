#!/usr/bin/env python3
"""Writes the hand-written fuzz corpus (engine/ and client/ next to this file).

The files are committed; this script documents what each one is and
regenerates them (python3 make_corpus.py). Binary content (NUL bytes, invalid
UTF-8, 10 MB bodies) is easier to get right here than in an editor.

Every file name starts with the outcome the corpus runner
(fuzz_standalone_main.cpp) requires, up to the first '-':
  engine/: the HTTP status HttpApi::handle must answer ("400-...").
  client/: what LanceClient::decode makes of it: ok, api (the contract's
           error envelope), bad (not the JSON the contract promises) or
           transport.
Framings: see fuzz_engine_request.cpp and fuzz_client_response.cpp.
"""

import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))

# The first ids of the fuzz engine's default search order (200 demo leads,
# seed 1): real ids reach the enrichment paths past id validation.
with open(os.path.join(HERE, "lead_ids.txt")) as f:
    LEAD = f.read().split()[:3]
UNKNOWN_UUID = "00000000-0000-4000-8000-000000000000"
DEEP = b"[" * 10000
DEEP_OBJECT = b'{"a":' * 10000
SQLI = "' OR 1=1 --"
TRAVERSAL = "../../etc/passwd"


def req(auth, method, target, headers=(), body=b""):
    """One engine input: '<auth> <method> <target>', headers, blank line, body."""
    out = b" ".join(x if isinstance(x, bytes) else x.encode() for x in (auth, method, target))
    out += b"\n"
    for h in headers:
        out += (h if isinstance(h, bytes) else h.encode()) + b"\n"
    return out + b"\n" + body


def j(text):
    return text.encode()


P = "/api/v1"
SEARCH = P + "/entities/prospects/person"
BATCH = P + "/operations/enrichment/batch"
BULK = P + "/operations/enrichment/bulk"
QUERY = P + "/operations/enrichment/batch/query"
SINGLE = P + "/operations/enrichment/"
BALANCE = P + "/operations/credits/balance"
HISTORY = P + "/operations/credits/history"
FACETS = P + "/operations/autocomplete/person-metadata"
ESTIMATE = P + "/estimate"

ENGINE = {
    # --- routing, methods, authentication ---
    "200-meta": req("T", "GET", P + "/meta"),
    "200-balance": req("T", "GET", BALANCE),
    "200-history": req("T", "GET", HISTORY + "?limit=5&offset=0"),
    "200-bearer-any-case": req("-", "GET", P + "/meta", ["authorization: bEaReR   fuzz-token  "]),
    "401-no-token": req("-", "GET", P + "/meta"),
    "401-wrong-token": req("-", "GET", BALANCE, ["Authorization: Bearer wrong"]),
    "401-token-sqli": req("-", "GET", BALANCE, ["Authorization: Bearer " + SQLI]),
    "401-token-with-nul": req("-", "GET", BALANCE, [b"Authorization: Bearer fuzz-token\x00"]),
    "401-token-prefix": req("-", "GET", BALANCE, ["Authorization: Bearer fuzz-tok"]),
    "401-basic-scheme": req("-", "GET", BALANCE, ["Authorization: Basic ZnV6ejp0b2tlbg=="]),
    "401-last-bearer-wins": req("T", "GET", BALANCE, ["Authorization: Bearer nope"]),
    "401-batch-no-token": req("-", "POST", BATCH, [], j('{"personIds":[],"field":"emails"}')),
    "404-empty-input": b"",
    "404-garbage": bytes(range(256)),
    "404-unknown-version": req("T", "GET", "/api/v2/meta"),
    "404-prefix-only": req("T", "GET", "/api/v1"),
    "404-path-traversal": req("T", "GET", P + "/../../etc/passwd"),
    "404-path-traversal-encoded": req("T", "GET", P + "/%2e%2e/%2e%2e/etc/passwd"),
    "404-path-nul": req("T", "GET", P + "/meta%00"),
    "404-path-raw-nul": req("T", "GET", (P + "/meta").encode() + b"\x00"),
    "404-overlong-path": req("T", "GET", P + "/" + "a" * 100000),
    "404-overlong-unprefixed": req("T", "GET", "/" + "%2F" * 50000),
    "404-absolute-url-other-host": req("T", "GET", "http://evil.example/etc/passwd"),
    "404-single-slash-in-id": req("T", "GET", SINGLE + "a/b?field=emails"),
    "405-unknown-method": req("T", "BREW", P + "/meta"),
    "405-lowercase-method": req("T", "get", P + "/meta"),
    "405-method-nul": req("T", b"GE\x00T", P + "/meta"),
    "405-empty-method": req("T", "", P + "/meta"),
    "405-overlong-method": req("T", "X" * 70000, BALANCE),
    "405-delete-search": req("T", "DELETE", SEARCH),
    "405-no-token-still-405": req("-", "PUT", BALANCE),
    # --- bodies that are not JSON, or too much of it ---
    "413-body-10mb": req("T", "POST", SEARCH, ["Content-Type: application/json"],
                         b'{"filters":{"q":["' + b"A" * (10 * 1024 * 1024) + b'"]}}'),
    "413-body-1mib-plus-one-no-token": req("-", "POST", SEARCH, [], b" " * (1024 * 1024 + 1)),
    "200-body-exactly-1mib": req(
        "T", "POST", SEARCH, [], b'{"size":1,"pad":"' + b"p" * (1024 * 1024 - 19) + b'"}'),
    "400-search-empty-body": req("T", "POST", SEARCH),
    "400-search-deep-array": req("T", "POST", SEARCH, [], DEEP),
    "400-search-deep-object": req("T", "POST", SEARCH, [], DEEP_OBJECT),
    "400-search-deep-filters": req("T", "POST", SEARCH, [], b'{"filters":' + DEEP + b"}"),
    "400-search-deep-valid-1000": req(
        "T", "POST", SEARCH, [], b'{"filters":{"q":' + b"[" * 1000 + b"]" * 1000 + b"}}"),
    "400-search-not-object": req("T", "POST", SEARCH, [], j('["page",0]')),
    "400-search-invalid-utf8": req("T", "POST", SEARCH, [], b'{"filters":{"q":["\xff\xfe\xc0\xaf"]}}'),
    "400-search-overlong-utf8-slash": req("T", "POST", SEARCH, [], b'{"filters":{"country":["\xc0\xaf"]}}'),
    # Qt's JSON parser takes a raw NUL inside a string: the same known finding.
    "200-search-raw-nul-in-q": req("T", "POST", SEARCH, [], b'{"filters":{"q":["a\x00b"]}}'),
    "200-search-raw-nul-in-exact-value": req("T", "POST", SEARCH, [], b'{"filters":{"city":["a\x00b"]}}'),
    "400-search-raw-nul-in-key": req("T", "POST", SEARCH, [], b'{"filters":{"job_ti\x00tle":["a"]}}'),
    "400-search-escaped-nul-in-key": req("T", "POST", SEARCH, [], j('{"filters":{"job_title\\u0000":["a"]}}')),
    "200-search-escaped-nul-in-exact-value": req(
        "T", "POST", SEARCH, [], j('{"filters":{"company":["a\\u0000b"]}}')),
    "200-search-escaped-nul-in-short-q": req("T", "POST", SEARCH, [], j('{"filters":{"q":["\\u0000b"]}}')),
    # A known finding (see kKnownFindings in fuzz_engine_request.cpp): should
    # be 200 (or 400), is 500. Rename once the engine is fixed.
    "200-search-escaped-nul-in-q": req("T", "POST", SEARCH, [], j('{"filters":{"q":["a\\u0000b"]}}')),
    "200-search-lone-surrogate": req("T", "POST", SEARCH, [], j('{"filters":{"q":["\\ud800"]}}')),
    # A high surrogate with nothing after it: SQLite's UTF-16 reader took the
    # phrase's closing quote as its low half, and FTS5 answered 500 (found by
    # the fuzz soak in CI).
    "200-search-lone-surrogate-in-long-q": req(
        "T", "POST", SEARCH, [], j('{"filters":{"q":["' + "C" * 20 + '\\ud800"]}}')),
    "200-search-lone-low-surrogate-in-long-q": req(
        "T", "POST", SEARCH, [], j('{"filters":{"q":["ab\\udc00cd"]}}')),
    "200-search-lone-surrogate-in-exact-value": req(
        "T", "POST", SEARCH, [], j('{"filters":{"company":["Acme\\ud800"]}}')),
    "400-search-trailing-garbage": req("T", "POST", SEARCH, [], j('{"page":0} {"page":1}')),
    # --- numbers ---
    "400-search-page-1e400": req("T", "POST", SEARCH, [], j('{"page":1e400}')),
    "400-search-page-2p63": req("T", "POST", SEARCH, [], j('{"page":9223372036854775808}')),
    "400-search-page-minus-2p63": req("T", "POST", SEARCH, [], j('{"page":-9223372036854775809}')),
    "200-search-page-negative-zero": req("T", "POST", SEARCH, [], j('{"page":-0,"size":1}')),
    "400-search-page-fraction": req("T", "POST", SEARCH, [], j('{"page":0.5}')),
    "400-search-page-huge": req("T", "POST", SEARCH, [], j('{"page":100000001}')),
    "400-search-size-nan-text": req("T", "POST", SEARCH, [], j('{"size":"NaN"}')),
    "400-search-size-nan-literal": req("T", "POST", SEARCH, [], j('{"size":NaN}')),
    "400-search-size-infinity": req("T", "POST", SEARCH, [], j('{"size":Infinity}')),
    "400-search-size-1e-400": req("T", "POST", SEARCH, [], j('{"size":1e-400}')),
    "200-search-size-exponent": req("T", "POST", SEARCH, [], j('{"size":1e1}')),
    "400-search-size-101": req("T", "POST", SEARCH, [], j('{"size":101}')),
    "400-search-page-string": req("T", "POST", SEARCH, [], j('{"page":"0"}')),
    "400-search-with-total-string": req("T", "POST", SEARCH, [], j('{"withTotal":"false"}')),
    # --- duplicate keys ---
    "400-search-duplicate-key-last-bad": req("T", "POST", SEARCH, [], j('{"size":1,"size":"x"}')),
    "200-search-duplicate-key-last-good": req("T", "POST", SEARCH, [], j('{"size":"x","size":1}')),
    "400-search-duplicate-filter-key": req(
        "T", "POST", SEARCH, [], j('{"filters":{"country":["US"],"country":"US"}}')),
    # --- injection and traversal in values the engine uses ---
    "200-filter-value-sqli": req("T", "POST", SEARCH, [], j('{"filters":{"job_title":["%s"]}}' % SQLI)),
    "200-filter-value-sqli-quote": req(
        "T", "POST", SEARCH, [], j('{"filters":{"company":["x\\") OR (\\"1\\"=\\"1"]}}')),
    "200-filter-value-traversal": req("T", "POST", SEARCH, [], j('{"filters":{"country":["%s"]}}' % TRAVERSAL)),
    "200-filter-value-percent-00": req("T", "POST", SEARCH, [], j('{"filters":{"city":["%00"]}}')),
    "200-filter-q-like-wildcards": req("T", "POST", SEARCH, [], j('{"filters":{"q":["%_%\' OR \'1\'=\'1"]}}')),
    "200-filter-q-fts-syntax": req("T", "POST", SEARCH, [], j('{"filters":{"q":["NEAR(a b) OR * AND \\"x"]}}')),
    "400-filter-key-sqli": req("T", "POST", SEARCH, [], j('{"filters":{"job_title) OR 1=1 --":["x"]}}')),
    "400-filter-key-traversal": req("T", "POST", SEARCH, [], j('{"filters":{"%s":["x"]}}' % TRAVERSAL)),
    "400-filters-as-string": req("T", "POST", SEARCH, [], j('{"filters":"job_title=CEO"}')),
    "400-filters-as-array": req("T", "POST", SEARCH, [], j('{"filters":[["job_title","CEO"]]}')),
    "400-filter-values-as-string": req("T", "POST", SEARCH, [], j('{"filters":{"job_title":"CEO"}}')),
    "400-filter-value-number": req("T", "POST", SEARCH, [], j('{"filters":{"job_title":[42]}}')),
    "400-filter-value-null": req("T", "POST", SEARCH, [], j('{"filters":{"job_title":[null]}}')),
    "400-filter-has-email-sqli": req("T", "POST", SEARCH, [], j('{"filters":{"has_email":["1 OR 1=1"]}}')),
    "400-sort-key-sqli": req("T", "POST", SEARCH, [], j('{"sort":{"key":"last_name; DROP TABLE leads; --"}}')),
    "400-sort-key-traversal": req("T", "POST", SEARCH, [], j('{"sort":{"key":"%s"}}' % TRAVERSAL)),
    "400-sort-direction-sqli": req(
        "T", "POST", SEARCH, [], j('{"sort":{"key":"last_name","direction":"desc; DROP TABLE leads"}}')),
    "400-sort-as-string": req("T", "POST", SEARCH, [], j('{"sort":"last_name"}')),
    "400-sort-key-number": req("T", "POST", SEARCH, [], j('{"sort":{"key":1}}')),
    # --- enrichment: ids of the wrong type or form ---
    "400-batch-ids-as-numbers": req("T", "POST", BATCH, [], j('{"personIds":[1,2,3],"field":"emails"}')),
    "400-batch-ids-as-string": req("T", "POST", BATCH, [], j('{"personIds":"%s","field":"emails"}' % LEAD[0])),
    "400-batch-id-sqli": req("T", "POST", BATCH, [], j('{"personIds":["%s"],"field":"emails"}' % SQLI)),
    "400-batch-id-traversal": req("T", "POST", BATCH, [], j('{"personIds":["%s"],"field":"emails"}' % TRAVERSAL)),
    "400-batch-id-nul": req("T", "POST", BATCH, [], j('{"personIds":["%s\\u0000"],"field":"emails"}' % LEAD[0])),
    "400-batch-id-uuid-with-sqli-tail": req(
        "T", "POST", BATCH, [], j('{"personIds":["%s\' OR 1=1 --"],"field":"emails"}' % LEAD[0])),
    "400-batch-field-sqli": req("T", "POST", BATCH, [], j('{"personIds":["%s"],"field":"emails\' --"}' % LEAD[0])),
    "400-batch-field-number": req("T", "POST", BATCH, [], j('{"personIds":["%s"],"field":1}' % LEAD[0])),
    "400-batch-too-many": req(
        "T", "POST", BATCH, [], j('{"personIds":[%s],"field":"emails"}' % ",".join(['"%s"' % LEAD[0]] * 101))),
    "400-batch-unknown-uuid": req("T", "POST", BATCH, [], j('{"personIds":["%s"],"field":"emails"}' % UNKNOWN_UUID)),
    "200-batch-one": req("T", "POST", BATCH, [], j('{"personIds":["%s"],"field":"emails"}' % LEAD[0])),
    "200-batch-duplicate-ids-upper-case": req(
        "T", "POST", BATCH, [], j('{"personIds":["%s","%s"],"field":"phones"}' % (LEAD[1], LEAD[1].upper()))),
    "400-bulk-mode-sqli": req("T", "POST", BULK, [], j('{"field":"emails","selection":{"mode":"%s"}}' % SQLI)),
    "400-bulk-selection-string": req("T", "POST", BULK, [], j('{"field":"emails","selection":"all"}')),
    "400-bulk-filters-string": req(
        "T", "POST", BULK, [], j('{"field":"emails","selection":{"mode":"bulk","targetCount":5,"filters":"x"}}')),
    "400-bulk-target-2p63": req(
        "T", "POST", BULK, [],
        j('{"field":"emails","selection":{"mode":"bulk","targetCount":9223372036854775807,"filters":{}}}')),
    "400-bulk-start-negative-zero-target-nan": req(
        "T", "POST", BULK, [],
        j('{"field":"emails","selection":{"mode":"bulk","startIndex":-0,"targetCount":"NaN","filters":{}}}')),
    "400-bulk-excluded-numbers": req(
        "T", "POST", BULK, [],
        j('{"field":"emails","selection":{"mode":"bulk","targetCount":1,"filters":{},"excludedIds":[1]}}')),
    "200-bulk-range-past-end": req(
        "T", "POST", BULK, [],
        j('{"field":"emails","selection":{"mode":"bulk","startIndex":2147483647,"targetCount":5,"filters":{}}}')),
    "400-bulk-manual-ids-objects": req(
        "T", "POST", BULK, [], j('{"field":"emails","selection":{"mode":"manual","includedIds":[{}]}}')),
    "400-query-tasks-string": req("T", "POST", QUERY, [], j('{"tasks":"all"}')),
    "400-query-entity-id-number": req("T", "POST", QUERY, [], j('{"tasks":[{"entityId":1,"field":"emails"}]}')),
    "400-query-entity-type-sqli": req(
        "T", "POST", QUERY, [], j('{"tasks":[{"entityId":"%s","field":"emails","entityType":"%s"}]}' % (LEAD[0], SQLI))),
    "200-query-unknown-uuid": req("T", "POST", QUERY, [], j('{"tasks":[{"entityId":"%s","field":"emails"}]}' % UNKNOWN_UUID)),
    "200-query-summary-and-company": req(
        "T", "POST", QUERY, [],
        j('{"tasks":[{"entityId":"%s","field":"summary"},{"entityId":"%s","field":"emails","entityType":"company"}]}'
          % (LEAD[0], LEAD[1]))),
    "400-single-id-sqli": req("T", "GET", SINGLE + "'%20OR%201=1%20--?field=emails"),
    "400-single-id-percent-00": req("T", "GET", SINGLE + "%00?field=emails"),
    "400-single-id-double-encoded-traversal": req("T", "GET", SINGLE + "..%252F..%252Fetc%252Fpasswd?field=emails"),
    "404-single-id-encoded-traversal": req("T", "GET", SINGLE + "..%2F..%2Fetc%2Fpasswd?field=emails"),
    "400-single-field-sqli": req("T", "GET", SINGLE + LEAD[0] + "?field=emails'%20--"),
    "400-single-field-missing": req("T", "POST", SINGLE + LEAD[0]),
    # The first value counts (after 200-batch-one, so an enrichment exists).
    "200-single-field-twice-first-wins": req("T", "GET", SINGLE + LEAD[0] + "?field=emails&field=bogus"),
    "404-single-unknown-uuid": req("T", "GET", SINGLE + UNKNOWN_UUID + "?field=emails"),
    "400-single-post-unknown-uuid": req("T", "POST", SINGLE + UNKNOWN_UUID + "?field=emails"),
    "404-single-delete-nothing-pending": req("T", "DELETE", SINGLE + LEAD[2] + "?field=phones"),
    "200-single-post": req("T", "POST", SINGLE + LEAD[2] + "?field=emails"),
    # Runs after 200-single-post (files run in name order), so there is one.
    "200-single-post-then-get-upper-case": req("T", "GET", SINGLE + LEAD[2].upper() + "?field=emails"),
    "400-estimate-ids-numbers": req(
        "T", "POST", ESTIMATE, [], j('{"field":"emails","selection":{"mode":"manual","includedIds":[1]}}')),
    "400-estimate-unknown-uuid": req(
        "T", "POST", ESTIMATE, [],
        j('{"field":"emails","selection":{"mode":"manual","includedIds":["%s"]}}' % UNKNOWN_UUID)),
    "400-estimate-limit-1e400": req(
        "T", "POST", ESTIMATE, [], j('{"field":"emails","newIdsLimit":1e400,"selection":{"mode":"bulk","filters":{}}}')),
    "400-estimate-limit-2p63": req(
        "T", "POST", ESTIMATE, [],
        j('{"field":"emails","newIdsLimit":9223372036854775808,"selection":{"mode":"bulk","filters":{}}}')),
    "400-estimate-selection-array": req("T", "POST", ESTIMATE, [], j('{"field":"phones","selection":[]}')),
    "200-estimate-bulk-sqli-filter": req(
        "T", "POST", ESTIMATE, [],
        j('{"field":"emails","newIdsLimit":3,"selection":{"mode":"bulk","filters":{"country":["%s"]}}}' % SQLI)),
    # --- query strings ---
    "400-history-limit-huge": req("T", "GET", HISTORY + "?limit=99999999999999999999"),
    "400-history-limit-negative-zero-offset": req("T", "GET", HISTORY + "?limit=5&offset=-1"),
    "400-history-date-sqli": req("T", "GET", HISTORY + "?startDate=%27%20OR%201%3D1%20--"),
    "400-history-date-traversal": req("T", "GET", HISTORY + "?endDate=..%2F..%2Fetc%2Fpasswd"),
    "200-history-dates-far": req("T", "GET", HISTORY + "?startDate=0001-01-01T00:00:00Z&endDate=9999-12-31T23:59:59Z"),
    "400-facets-unknown-sqli": req("T", "GET", FACETS + "?facet=job_title;DROP%20TABLE%20leads"),
    "400-facets-size-nan": req("T", "GET", FACETS + "?facet=country&size=NaN"),
    "400-facets-page-negative": req("T", "GET", FACETS + "?facet=country&page=-1"),
    "200-facets-search-sqli": req("T", "GET", FACETS + "?facet=job_title&search=%27%20OR%201%3D1%20--"),
    "200-facets-search-percent-00": req("T", "GET", FACETS + "?facet=city&search=%00"),
    "200-facets-page-int-max": req("T", "GET", FACETS + "?facet=country&size=100&page=2147483647"),
    "200-query-string-garbage": req("T", "GET", BALANCE + "?%zz&&==&a=%00&" + "x=" * 5000),
    # --- headers ---
    "200-many-headers": req("T", "GET", P + "/meta", ["X-%d: %s" % (i, "v" * 50) for i in range(2000)]),
    "200-header-without-colon": req("T", "GET", P + "/meta", ["NoColonHere", ": empty name"]),
    "200-header-binary": req("T", "GET", P + "/meta", [b"X-Bin\x00ary: \xff\xfe\x00"]),
}

# Client inputs: one status byte ('0' 200, '1' 201, '2' 204, '3' 400, '4' 401,
# '5' 402, '6' 404, '7' 405, '8' 413, '9' 429, ':' 500, ';' 503, '<' 301,
# '=' no status line, '>' connection broken mid-answer, '?' 418), then the body.
ENRICHMENT = ('{"id":"e1","entityId":"p1","field":"emails","status":"finished",'
              '"createdAt":"2024-01-01T00:00:00.000Z","updatedAt":"2024-01-01T00:00:00.000Z",'
              '"dataFound":true,"value":["a@b.c"]}')
CLIENT = {
    "ok-search-page": b"0" + j('{"content":[{"id":"p1","firstName":"A","emails":["a@b.c"]}],'
                                '"totalElements":1,"totalPages":1,"number":0,"size":25}'),
    "ok-search-page-2p63-total": b"0" + j('{"content":[],"totalElements":9223372036854775808}'),
    "ok-search-page-negative-total": b"0" + j('{"content":[],"totalElements":-5}'),
    "ok-search-lead-wrong-types": b"0" + j('{"content":[{"id":"p","emails":"x","phones":[1,null,{}],'
                                            '"firstName":7}],"totalElements":"1"}'),
    "ok-search-lead-id-number": b"0" + j('{"content":[{"id":1}],"totalElements":1}'),
    "ok-search-content-object": b"0" + j('{"content":{"id":"p"},"totalElements":1}'),
    "ok-nul-in-keys-and-strings": b"0" + j('{"content":[{"id":"p\\u0000","first\\u0000Name":"x"}],'
                                            '"total\\u0000Elements":1,"totalElements":1}'),
    # Qt's JSON parser takes raw control characters inside strings.
    "ok-raw-nul-in-string": b"0" + b'{"content":[{"id":"p\x00"}],"totalElements":1}',
    "bad-deep-nesting": b"0" + DEEP,
    "bad-deep-object": b"0" + DEEP_OBJECT,
    "bad-number-1e400": b"0" + j('{"balance":1e400}'),
    "ok-number-2p63": b"0" + j('{"balance":9223372036854775808,"held":-9223372036854775809}'),
    "ok-number-negative-zero": b"0" + j('{"balance":-0,"held":-0.0}'),
    "bad-nan-literal": b"0" + j('{"balance":NaN}'),
    "ok-nan-text": b"0" + j('{"balance":"NaN","count":"Infinity"}'),
    "bad-invalid-utf8": b"0" + b'{"organizationId":"\xff\xfe\xc0\xaf"}',
    "ok-lone-surrogates": b"0" + j('[{"id":"\\ud800","entityId":"\\udc00x","field":"emails",'
                                    '"status":"pending","value":"\\udbff"}]'),
    "ok-duplicate-keys": b"0" + j('{"balance":1,"balance":"x","held":2,"held":3}'),
    "ok-enrichment-list": b"0" + j("[" + ENRICHMENT + "," + ENRICHMENT + "]"),
    "ok-enrichment-value-nested": b"0" + j('[{"id":"e","entityId":"p","field":"phones","status":"failed",'
                                            '"value":{"a":[1,2.5e300,-0,true,null,{"b":"\\u0000"}]}}]'),
    "ok-enrichment-ids-numbers": b"0" + j('[{"id":1,"entityId":2,"field":"emails","status":"pending"}]'),
    "ok-enrichment-unknown-status": b"0" + j('[{"id":"e","entityId":"p","field":"emails","status":"pwned"}]'),
    "ok-enrichment-field-sqli": b"0" + j('{"id":"e","entityId":"p","field":"%s","status":"pending"}' % SQLI),
    "ok-estimate": b"0" + j('{"field":"emails","selected":10,"finished":2,"pending":3,"new":5,'
                            '"costPerFound":10,"maxCost":50,"balance":1000,"held":0,"newIds":["a","b"]}'),
    "ok-estimate-huge-counts": b"0" + j('{"field":"emails","selected":4503599627370496,"finished":0,'
                                        '"pending":0,"new":4503599627370496,"costPerFound":0,'
                                        '"maxCost":1e300,"balance":-1,"held":0}'),
    "ok-estimate-new-ids-wrong-types": b"0" + j('{"field":"phones","selected":1,"finished":0,"pending":0,'
                                                '"new":1,"costPerFound":50,"maxCost":50,"balance":0,'
                                                '"held":0,"newIds":[1,null]}'),
    "ok-meta-features-wrong-types": b"0" + j('{"engine":["lance-engine"],"features":"estimate",'
                                             '"costs":{"emails":"10","phones":1e300}}'),
    "ok-history-wrong-types": b"0" + j('{"transactions":[1,"x",{"amount":"5","id":{}}],"count":-1}'),
    "ok-facets-value-types": b"0" + j('[{"key":"CEO","value":"7"},{"key":"CTO","value":1e300}]'),
    "ok-empty-object": b"0{}",
    "ok-201-empty-array": b"1[]",
    "bad-204-empty-body": b"2",
    "bad-200-html": b"0<html><body>It works</body></html>",
    "bad-200-1mb-garbage": b"0" + b"\xff" * (1024 * 1024),
    "ok-200-10mb-array": b"0[" + b'"aaaaaaaaaaaaaaaa",' * (10 * 1024 * 1024 // 19) + b'"z"]',
    "api-400-envelope": b"3" + j('{"error":{"code":"VALIDATION_ERROR","message":"Invalid input"}}'),
    "api-400-envelope-details-array": b"3" + j('{"error":{"code":"VALIDATION_ERROR","message":"x","details":[1]}}'),
    "api-401-envelope-nul-code": b"4" + j('{"error":{"code":"UNAUTH\\u0000ORIZED","message":"\\u0000"}}'),
    "api-402-envelope-no-message": b"5" + j('{"error":{"code":"INSUFFICIENT_CREDITS"}}'),
    "api-404-not-found": b"6" + j('{"error":{"code":"NOT_FOUND","message":"none"}}'),
    "api-429-sqli-message": b"9" + j('{"error":{"code":"RATE_LIMITED","message":"%s"}}' % SQLI),
    "api-500-duplicate-error-key": b":" + j('{"error":"x","error":{"code":"INTERNAL_ERROR","message":"m"}}'),
    "api-301-envelope": b"<" + j('{"error":{"code":"MOVED","message":"elsewhere"}}'),
    "api-418-envelope-long-code": b"?" + j('{"error":{"code":"%s","message":"tea"}}' % ("X" * 100000)),
    "bad-400-code-number": b"3" + j('{"error":{"code":400,"message":"x"}}'),
    "bad-400-error-string": b"3" + j('{"error":"VALIDATION_ERROR"}'),
    "bad-400-envelope-in-array": b"3" + j('[{"error":{"code":"VALIDATION_ERROR"}}]'),
    "bad-404-empty": b"6",
    "bad-500-html": b":<html><h1>502 Bad Gateway</h1></html>",
    "bad-503-deep-nesting": b";" + DEEP,
    "bad-no-status-line": b"=" + j('{"balance":1}'),
    "transport-broken-mid-answer": b">" + j('{"content":[{"id":"p1"'),
}


def write(kind, files):
    d = os.path.join(HERE, kind)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    for name, data in files.items():
        with open(os.path.join(d, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    write("engine", ENGINE)
    write("client", CLIENT)
