-- PATCH /api/opportunities/{id} with If-Match, a new amount, each deal of IDS_FILE once per thread.
package.path = os.getenv("LUA_DIR") .. "/?.lua;" .. package.path
local common = require("common")
common.auth()
setup = common.setup
done = common.done
local ids, versions, i

function init(args)
  ids, versions = common.deals()
  i = 0
end

function request()
  i = i + 1
  local k = ((i - 1) % #ids) + 1
  local headers = common.headers({ ["Content-Type"] = "application/json", ["If-Match"] = '"' .. versions[k] .. '"' })
  versions[k] = tostring(tonumber(versions[k]) + 1)
  return wrk.format("PATCH", "/api/opportunities/" .. ids[k], headers,
      '{"amount": ' .. (10000 + i) .. '}')
end
