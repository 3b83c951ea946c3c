-- Shared by every run: picks paths from PATHS_FILE when set (spreading load over many articles),
-- and prints one machine-readable line at the end.
local paths = {}
local file = os.getenv("PATHS_FILE")
if file and #file > 0 then
  for line in io.lines(file) do
    if #line > 0 then paths[#paths + 1] = line end
  end
end

local counter = 0
request = function()
  if #paths == 0 then
    return wrk.format(nil)
  end
  counter = counter + 1
  return wrk.format(nil, paths[(counter * 7919) % #paths + 1])
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local non2xx = summary.errors.status
  io.write(string.format("RESULT rps=%.1f p50=%.2f p95=%.2f p99=%.2f non2xx=%d errors=%d bytes=%d\n",
    summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    non2xx, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.bytes))
end
