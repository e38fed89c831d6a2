-- Complete customer answers: GET the form (its anti-forgery cookie and token), then POST the answers,
-- each over a token of its own. Run with as many threads as connections (-tN -cN): each thread then
-- holds one connection, so that its requests and responses alternate and each POST can be timed.
-- One answer in five opens a follow-up (loop.md 1), a realistic share: of every ten, one rates the
-- employee low (2, at most twoway.loop.low-score) and one asks to be called back (callBack=yes).
-- WRK_THREADS=N wrk -tN -cN ... -s bench/lua/answer.lua URL -- TOKENS_FILE
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
  int clock_gettime(int clock, bench_timespec *time);
]]
local now_ts = ffi.new("bench_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, now_ts)
  return tonumber(now_ts.tv_sec) * 1000 + tonumber(now_ts.tv_nsec) / 1e6
end

local threads, count = {}, 0

function setup(thread)
  thread:set("id", count)
  count = count + 1
  table.insert(threads, thread)
end

function init(args)
  local nthreads = tonumber(os.getenv("WRK_THREADS"))
  tokens = {}
  local n = 0
  for line in io.lines(args[1]) do
    if n % nthreads == id then table.insert(tokens, line) end
    n = n + 1
  end
  next_token, token, csrf, cookie, posting, posts = 1, nil, nil, nil, false, id
  thanks, refused, exhausted, forms, histogram = 0, 0, 0, 0, {}
end

local GOOD = "&responsiveness=4&solved=5&promises=4&company=5&firstContact=PERSON&comment=Quick+and+friendly"
local LOW = "&responsiveness=2&solved=3&promises=2&company=3&firstContact=PERSON&comment=Took+three+reminders"
local CALL_BACK = GOOD .. "&callBack=yes"

function request()
  if token and csrf then
    posting, sent_at = true, now_ms()
    posts = posts + 1
    local kind = posts % 10
    local body = "csrf=" .. csrf .. (kind == 0 and LOW or kind == 5 and CALL_BACK or GOOD)
    return wrk.format("POST", "/f/" .. token, {
      ["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = cookie }, body)
  end
  posting = false
  if next_token > #tokens then
    exhausted = exhausted + 1
    next_token = 1
  end
  token = tokens[next_token]
  next_token = next_token + 1
  return wrk.format("GET", "/f/" .. token, cookie and { ["Cookie"] = cookie } or {})
end

function response(status, headers, body)
  if posting then
    local bucket = math.floor((now_ms() - sent_at) * 10)
    histogram[bucket] = (histogram[bucket] or 0) + 1
    if status == 200 then thanks = thanks + 1 else refused = refused + 1 end
    token = nil
    return
  end
  if status ~= 200 then
    token = nil
    return
  end
  forms = forms + 1
  for name, value in pairs(headers) do
    local csrf_cookie = name:lower() == "set-cookie" and value:match("twoway_csrf=([^;]+)")
    if csrf_cookie then cookie = "twoway_csrf=" .. csrf_cookie end
  end
  csrf = body:match('name="csrf" value="([^"]+)"')
end

function done(summary, latency, requests)
  local total = { thanks = 0, refused = 0, forms = 0, exhausted = 0 }
  local histogram, posts = {}, 0
  for _, thread in ipairs(threads) do
    for key, _ in pairs(total) do total[key] = total[key] + thread:get(key) end
    for bucket, n in pairs(thread:get("histogram")) do
      histogram[bucket] = (histogram[bucket] or 0) + n
      posts = posts + n
    end
  end
  local buckets = {}
  for bucket, _ in pairs(histogram) do table.insert(buckets, bucket) end
  table.sort(buckets)
  local function percentile(p)
    local seen, wanted = 0, posts * p / 100
    for _, bucket in ipairs(buckets) do
      seen = seen + histogram[bucket]
      if seen >= wanted then return (bucket + 1) / 10 end
    end
    return 0
  end
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("RESULT seconds=%.3f forms=%d thanks=%d refused=%d answers_per_s=%.1f post_p50_ms=%.1f post_p99_ms=%.1f"
    .. " all_p99_ms=%.2f exhausted=%d socket_errors=%d\n",
    seconds, total.forms, total.thanks, total.refused, total.thanks / seconds, percentile(50), percentile(99),
    latency:percentile(99) / 1000, total.exhausted, e.connect + e.read + e.write + e.timeout))
end
