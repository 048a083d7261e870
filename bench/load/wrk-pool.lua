-- wrk script for the pool run (bench/runs/pool-run.ts starts it through bench/load/wrk-driver.ts).
--
-- Arguments after "--": the file of user ids (one per line), the API token, heartbeats per stream.
--
-- Each connection is a proxy that starts a stream for a random user, heartbeats it, ends it and
-- starts again; a start refused at the key's cap (429) is an answered operation too, and the next
-- request of that connection is another start. wrk does not say which connection an answer came
-- on, so the answers drive a per-thread queue of what each lease needs next: a start's answer
-- queues its first heartbeat, a heartbeat's the next one or the end. request() takes from the queue
-- before it starts anything new, so every lease is heartbeated and ended exactly once, and at most
-- one request per lease is ever in flight (the queue never holds more entries than connections).
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

-- Whole requests, formatted once: a start per user, and the head and tail a lease id goes between.
local starts = {}
local start_count = 0
local heartbeat_head, heartbeat_tail, end_tail
local heartbeats = 2
-- Leases waiting for their next request (a FIFO), and the heartbeats each has had answered.
local queue = {}
local queue_head, queue_tail = 1, 0
local beats_of = {}
-- Per thread counters, read by done() through thread:get().
started, refused, failed, ended = 0, 0, 0, 0

function init(args)
  wrk.method = "POST"
  wrk.headers["Authorization"] = "Bearer " .. args[2]
  wrk.headers["Content-Type"] = "application/json"
  heartbeats = tonumber(args[3]) or 2
  for line in io.lines(args[1]) do
    if #line > 0 then
      start_count = start_count + 1
      starts[start_count] = wrk.format(nil, "/pool/v1/streams", nil,
        '{"userId":"' .. line .. '","deviceId":"bench","stream":{"type":"movie","imdbId":"tt0111161"}}')
    end
  end
  -- Split a formatted request at a placeholder id, so a request per lease is two concatenations.
  local placeholder = "LEASE"
  local heartbeat = wrk.format(nil, "/pool/v1/streams/" .. placeholder .. "/heartbeat", nil, "{}")
  local at = heartbeat:find(placeholder, 1, true)
  heartbeat_head, heartbeat_tail = heartbeat:sub(1, at - 1), heartbeat:sub(at + #placeholder)
  local ending = wrk.format(nil, "/pool/v1/streams/" .. placeholder .. "/end", nil, "{}")
  end_tail = ending:sub(ending:find(placeholder, 1, true) + #placeholder)
  math.randomseed(os.time() + #threads)
end

local function push(lease)
  queue_tail = queue_tail + 1
  queue[queue_tail] = lease
end

function request()
  if queue_head <= queue_tail then
    local lease = queue[queue_head]
    queue[queue_head] = nil
    queue_head = queue_head + 1
    if beats_of[lease] < heartbeats then return heartbeat_head .. lease .. heartbeat_tail end
    return heartbeat_head .. lease .. end_tail
  end
  return starts[math.random(start_count)]
end

-- The answer names its lease; what it was an answer to is told by its shape.
function response(status, headers, body)
  if status == 429 then
    refused = refused + 1
    return
  end
  if status ~= 200 and status ~= 201 then
    failed = failed + 1
    return
  end
  local lease = body:match('"leaseId":"([%x%-]+)"')
  if not lease then
    failed = failed + 1
    return
  end
  if status == 201 then
    started = started + 1
    beats_of[lease] = 0
    push(lease)
  elseif body:find('"ended":true', 1, true) then
    ended = ended + 1
    beats_of[lease] = nil
  else
    beats_of[lease] = beats_of[lease] + 1
    push(lease)
  end
end

function done(summary, latency, requests_stats)
  local s, r, f, e = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    s = s + thread:get("started")
    r = r + thread:get("refused")
    f = f + thread:get("failed")
    e = e + thread:get("ended")
  end
  local err = summary.errors
  io.write(string.format(
    'BENCH_RESULT {"requests":%d,"durationUs":%d,"bytes":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,' ..
    '"p50Us":%d,"p99Us":%d,"maxUs":%d,"meanUs":%.1f,"started":%d,"refused":%d,"failed":%d,"ended":%d}\n',
    summary.requests, summary.duration, summary.bytes, err.connect, err.read, err.write, err.status, err.timeout,
    latency:percentile(50), latency:percentile(99), latency.max, latency.mean, s, r, f, e))
end
