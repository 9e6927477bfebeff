-- The history search finds a visit by vehicle plate (the car park asks "whose car is 沪A12345?").
CREATE INDEX visit_by_plate ON visit (plate, checked_in_at DESC) WHERE plate IS NOT NULL;
