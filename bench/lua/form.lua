-- GET /f/{token} over many distinct valid tokens, spread over wrk's threads.
-- WRK_THREADS=T wrk -tT ... -s bench/lua/form.lua URL -- TOKENS_FILE
local count = 0

function setup(thread)
  thread:set("id", count)
  count = count + 1
end

function init(args)
  tokens = {}
  local n = 0
  for line in io.lines(args[1]) do
    if n % tonumber(os.getenv("WRK_THREADS")) == id then table.insert(tokens, line) end
    n = n + 1
  end
  next_token = 1
end

function request()
  local token = tokens[next_token]
  next_token = next_token % #tokens + 1
  return wrk.format("GET", "/f/" .. token)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d seconds=%.3f rps=%.1f p50_ms=%.2f p99_ms=%.2f non2xx=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, e.status, e.connect + e.read + e.write + e.timeout))
end
