package com.frontdesk.accounts;

import com.frontdesk.core.Validation;
import java.util.regex.Pattern;

/** A staff account to be created; the password is cleared once it has been hashed. */
public record NewStaff(String employeeNo, String name, Role role, String phone, char[] password) {
    private static final Pattern EMPLOYEE_NO = Pattern.compile("[A-Za-z0-9-]{1,20}");

    public NewStaff {
        employeeNo = employeeNo == null ? "" : employeeNo.strip();
        name = name == null ? "" : name.strip();
        phone = phone == null || phone.isBlank() ? null : phone.strip();
    }

    void validate(Validation v) {
        v.required("employeeNo", employeeNo)
                .matches("employeeNo", employeeNo, EMPLOYEE_NO, "validation.employeeNo")
                .required("name", name).maxLength("name", name, 40)
                .check(role != null, "role", "validation.required")
                .phone("phone", phone);
        PasswordRules.check(v, "password", password);
    }
}
