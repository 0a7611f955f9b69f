# experts
