-- POST /api/opportunities/{id}/checkups: a checkup held today (TODAY) on the deals of IDS_FILE in turn.
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
  return wrk.format("POST", "/api/opportunities/" .. deal.id .. "/checkups", common.headers({ ["Content-Type"] = "application/json" }),
      '{"stepKey": "s20", "heldOn": "' .. os.getenv("TODAY") .. '", "problem": "Budget", "solution": "ROI model"}')
end
