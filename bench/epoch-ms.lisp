;;; A pgloader transform for `npm run bench:transfer`: Hearth keeps timestamps
;;; on D1 as milliseconds since 1970 (an integer), Postgres as timestamptz.
;;; pgloader's own unix-timestamp-to-timestamptz takes seconds, so this one
;;; keeps the milliseconds. Loaded with `pgloader --load-lisp-file`.
(in-package #:pgloader.transforms)

(defun epoch-ms-to-timestamptz (value)
  "Milliseconds since 1970 (an integer or its text) as a UTC timestamptz literal."
  (when value
    (let ((ms (if (stringp value) (parse-integer value) value)))
      (multiple-value-bind (seconds millis) (floor ms 1000)
        (multiple-value-bind (s mi h d mo y)
            (decode-universal-time (+ seconds (encode-universal-time 0 0 0 1 1 1970 0)) 0)
          (format nil "~4,'0d-~2,'0d-~2,'0d ~2,'0d:~2,'0d:~2,'0d.~3,'0d+00"
                  y mo d h mi s millis))))))
