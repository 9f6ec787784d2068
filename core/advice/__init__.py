"""The advice: one assessment of a case (assess), the verdict on each support measure
(measures/), the explanations behind each figure, the plain answer and the summary."""
