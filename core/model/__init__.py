"""The model: exposure, the vectorised stock-flow forecast (profiles, forecast, engine),
NOW per tranche, the cash path, and the calibration of the scenario paths."""
