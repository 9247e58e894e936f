-- PATCH /api/opportunities/{id} with If-Match, a new amount, each deal of IDS_FILE in turn (its version kept).
package.path = os.getenv("LUA_DIR") .. "/?.lua;" .. package.path
local common = require("common")
common.auth()
setup = common.setup
done = common.done
local next_deal

function init(args)
  next_deal = common.rotation()
end

function request()
  local deal, i = next_deal()
  local headers = common.headers({ ["Content-Type"] = "application/json", ["If-Match"] = '"' .. deal.version .. '"' })
  deal.version = deal.version + 1
  return wrk.format("PATCH", "/api/opportunities/" .. deal.id, headers, '{"amount": ' .. (10000 + i) .. '}')
end
