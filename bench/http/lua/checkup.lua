-- POST /api/opportunities/{id}/checkups: a checkup held today (TODAY) on the deals of IDS_FILE in turn.
package.path = os.getenv("LUA_DIR") .. "/?.lua;" .. package.path
local common = require("common")
common.auth()
setup = common.setup
done = common.done
local ids, i

function init(args)
  ids = common.deals()
  i = 0
end

function request()
  i = i + 1
  local k = ((i - 1) % #ids) + 1
  return wrk.format("POST", "/api/opportunities/" .. ids[k] .. "/checkups", common.headers({ ["Content-Type"] = "application/json" }),
      '{"stepKey": "s20", "heldOn": "' .. os.getenv("TODAY") .. '", "problem": "Budget", "solution": "ROI model"}')
end
