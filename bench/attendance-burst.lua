-- wrk script of the morning burst: every request is a new check-in (unique clientId) of a random employee from
-- the tokens file (lines "token latitude longitude", from bench/attendance_accounts.py), at their own office.
local tokens = {}
local counter = 0

local next_tid = 0

local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
  thread:set("tid", next_tid)
  next_tid = next_tid + 1
end

function init(args)
  for line in io.lines(args[1] or "tokens.txt") do
    local t, lat, lon = line:match("^(%S+)%s+(%S+)%s+(%S+)$")
    if t then tokens[#tokens + 1] = {t, lat, lon} end
  end
  math.randomseed(os.time() * 1000 + tid)
  run = args[2] or tostring(os.time())
end

request = function()
  counter = counter + 1
  local e = tokens[math.random(1, #tokens)]
  local body = '{"clientId":"bench-' .. run .. '-' .. tid .. '-' .. counter .. '","kind":"IN","latitude":' .. e[2]
    .. ',"longitude":' .. e[3] .. ',"accuracy":15,"deviceId":"bench-' .. tid .. '"}'
  return wrk.format("POST", "/api/v1/attendance/check-ins",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. e[1]}, body)
end

statuses = {}
response = function(status, headers, body)
  local k = tostring(status)
  statuses[k] = (statuses[k] or 0) + 1
end

done = function(summary, latency, requests)
  local all = {}
  for _, t in ipairs(threads) do
    local st = t:get("statuses")
    for k, v in pairs(st) do all[k] = (all[k] or 0) + v end
  end
  local parts = {}
  for k, v in pairs(all) do parts[#parts + 1] = k .. "=" .. v end
  table.sort(parts)
  io.write("statuses: " .. table.concat(parts, " ") .. string.format("; socket errors: connect %d read %d write %d timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
